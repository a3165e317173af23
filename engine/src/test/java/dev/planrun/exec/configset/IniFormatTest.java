package dev.planrun.exec.configset;

import static dev.planrun.exec.configset.Steps.ini;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IniFormatTest {

    private static final String FILE = """
            top = level
            [server]
            ; the port
            port=8080
            hosts: a
              b

            [other]
            port = 1
            """;

    private final IniFormat format = new IniFormat();

    @Test
    void reads_keys_of_a_section_and_before_the_first_section() {
        assertThat(format.read(FILE, ini("f", "server", "port", "x"))).hasValue("8080");
        assertThat(format.read(FILE, ini("f", "other", "port", "x"))).hasValue("1");
        assertThat(format.read(FILE, ini("f", "server", "hosts", "x"))).hasValue("a\nb");
        assertThat(format.read(FILE, ini("f", null, "top", "x"))).hasValue("level");
        assertThat(format.read(FILE, ini("f", "missing", "port", "x"))).isEmpty();
    }

    @Test
    void replaces_in_place_keeping_the_line_style_and_is_idempotent() {
        String edited = format.edit(FILE, ini("f", "server", "port", "9090"));

        assertThat(edited).contains("; the port\nport=9090\nhosts: a\n").contains("[other]\nport = 1");
        assertThat(format.edit(edited, ini("f", "server", "port", "9090"))).isSameAs(edited);
    }

    @Test
    void adds_a_key_at_the_end_of_its_section_and_creates_a_missing_section() {
        assertThat(format.edit(FILE, ini("f", "server", "workers", "4")))
                .contains("hosts: a\n  b\nworkers = 4\n\n[other]");
        assertThat(format.edit(FILE, ini("f", "new", "key", "v"))).endsWith("port = 1\n\n[new]\nkey = v\n");
    }

    @Test
    void unset_removes_the_key_with_its_continuation_lines() {
        assertThat(format.edit(FILE, ini("f", "server", "hosts", null)))
                .isEqualTo(FILE.replace("hosts: a\n  b\n", ""));
    }
}
