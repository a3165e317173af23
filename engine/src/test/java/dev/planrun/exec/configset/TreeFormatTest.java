package dev.planrun.exec.configset;

import static dev.planrun.exec.configset.Steps.set;
import static dev.planrun.exec.configset.Steps.unset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.ConfigSetStep.Format;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TreeFormatTest {

    @Test
    void sets_nested_yaml_keys_keeping_order_and_types() throws IOException {
        String yaml = "server:\n  port: 8080\n  name: \"5.4\"\nlogging: info\n";
        TreeFormat format = TreeFormat.yaml();

        String edited = format.edit(yaml, set(Format.YAML, "f", "server.port", "9090"));
        edited = format.edit(edited, set(Format.YAML, "f", "server.name", "5.6"));
        edited = format.edit(edited, set(Format.YAML, "f", "server.tls.enabled", "true"));

        assertThat(edited).isEqualTo("server:\n  port: 9090\n  name: \"5.6\"\n  tls:\n    enabled: true\nlogging: info\n");
        assertThat(format.edit(edited, set(Format.YAML, "f", "server.port", "9090"))).isSameAs(edited);
        assertThat(format.read(edited, set(Format.YAML, "f", "server.name", "x"))).hasValue("5.6");
    }

    @Test
    void json_keys_are_set_and_removed_with_the_rest_kept() throws IOException {
        String json = "{\"b\": 1, \"a\": {\"x\": \"old\", \"y\": [1, 2]}}";
        TreeFormat format = TreeFormat.json();

        String edited = format.edit(json, set(Format.JSON, "f", "a.x", "new value"));
        edited = format.edit(edited, unset(Format.JSON, "f", "a.y"));

        assertThat(edited).isEqualTo("{\n  \"b\": 1,\n  \"a\": {\n    \"x\": \"new value\"\n  }\n}\n");
        assertThat(format.read(json, set(Format.JSON, "f", "a.y", "x"))).hasValue("[1,2]");
        assertThat(format.edit(json, unset(Format.JSON, "f", "a.z"))).isSameAs(json);
    }

    @Test
    void a_missing_file_becomes_a_document_with_the_key() throws IOException {
        assertThat(TreeFormat.json().edit("", set(Format.JSON, "f", "debug", "false"))).isEqualTo("{\n  \"debug\": false\n}\n");
    }
}
