package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

    @Test
    void dotIsTheDefault() {
        CliRun r = CliRun.run("graph", CliRun.HELLO.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("digraph \"hello-site-2.0\" {\n")
                .contains("\"install-release\" -> \"set-greeting\";", "\"install-release\" -> \"set-port\";")
                .contains("\"remove-old-releases\" [label=\"remove-old-releases\\nshell\\nIRREVERSIBLE\", color=red")
                .contains("\"tell-users\" [label=\"tell-users\\nMANUAL: a person acts\", shape=parallelogram")
                .endsWith("}\n");
    }

    @Test
    void mermaidOnRequest() {
        CliRun r = CliRun.run("graph", CliRun.HELLO.toString(), "--format", "mermaid");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("flowchart TD\n  s0[\"prepare<br/>shell\"]\n").contains("s0 --> s1\n", ":::irreversible");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = CliRun.run("graph", CliRun.HELLO.toString(), "--format", "svg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format", "expected dot or mermaid, got 'svg'");
    }

    @Test
    void anInvalidPlanIsNotDrawn(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "planrun: 1\nid: x\nsteps:\n  - id: a\n    type: shell\n    runn: [ls]\n");
        CliRun r = CliRun.run("graph", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":");
    }
}
