package dev.planrun.exec.configset;

import static dev.planrun.exec.configset.Steps.set;
import static dev.planrun.exec.configset.Steps.unset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.ConfigSetStep.Format;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PropertiesFormatTest {

    private static final String FILE = """
            # OMERO server settings
            omero.db.host=localhost
            ! old style comment
            omero.db.name : omero
            omero.data.dir = /OMERO\\
              /data
            """;

    private final PropertiesFormat format = new PropertiesFormat();

    @Test
    void reads_values_as_java_properties_do() throws IOException {
        assertThat(format.read(FILE, set(Format.PROPERTIES, "f", "omero.db.name", "x"))).hasValue("omero");
        assertThat(format.read(FILE, set(Format.PROPERTIES, "f", "omero.data.dir", "x"))).hasValue("/OMERO/data");
        assertThat(format.read(FILE, set(Format.PROPERTIES, "f", "omero.db.port", "x"))).isEmpty();
    }

    @Test
    void replaces_the_line_in_place_keeping_comments_and_order() throws IOException {
        String edited = format.edit(FILE, set(Format.PROPERTIES, "f", "omero.data.dir", "/srv/omero data"));

        assertThat(edited).isEqualTo("""
                # OMERO server settings
                omero.db.host=localhost
                ! old style comment
                omero.db.name : omero
                omero.data.dir=/srv/omero data
                """);
        assertThat(format.edit(edited, set(Format.PROPERTIES, "f", "omero.data.dir", "/srv/omero data"))).isSameAs(edited);
    }

    @Test
    void appends_a_missing_key_escaped_as_properties_require() throws IOException {
        String edited = format.edit(FILE, set(Format.PROPERTIES, "f", "omero.db.url", "jdbc:postgresql://db/x"));

        assertThat(edited).endsWith("  /data\nomero.db.url=jdbc\\:postgresql\\://db/x\n");
        assertThat(format.read(edited, set(Format.PROPERTIES, "f", "omero.db.url", "x"))).hasValue("jdbc:postgresql://db/x");
    }

    @Test
    void unset_removes_every_line_of_the_key_and_nothing_else() throws IOException {
        assertThat(format.edit(FILE, unset(Format.PROPERTIES, "f", "omero.data.dir"))).isEqualTo("""
                # OMERO server settings
                omero.db.host=localhost
                ! old style comment
                omero.db.name : omero
                """);
        assertThat(format.edit(FILE, unset(Format.PROPERTIES, "f", "absent.key"))).isSameAs(FILE);
    }
}
