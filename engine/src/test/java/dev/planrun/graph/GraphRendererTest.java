package dev.planrun.graph;

import static dev.planrun.fixtures.StepFixtures.irreversible;
import static dev.planrun.fixtures.StepFixtures.manual;
import static dev.planrun.fixtures.StepFixtures.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRendererTest {

    private final PlanGraph graph = PlanGraph.of(List.of(
            shell("backup"), irreversible("upgrade-db", "backup"), manual("check-web", "upgrade-db")));

    @Test
    void dotDrawsEdgesFromPrerequisiteToDependentAndMarksSteps() {
        String dot = GraphRenderer.forFormat("dot").render(graph, "omero-5.3-to-5.4");
        assertThat(dot).isEqualTo("""
                digraph "omero-5.3-to-5.4" {
                  rankdir=TB;
                  node [shape=box, style=rounded, fontname="Helvetica"];
                  "backup" [label="backup\\nshell"];
                  "upgrade-db" [label="upgrade-db\\nshell\\nIRREVERSIBLE", color=red, fontcolor=red, penwidth=2];
                  "check-web" [label="check-web\\nMANUAL: a person acts", shape=parallelogram, style=dashed];
                  "backup" -> "upgrade-db";
                  "upgrade-db" -> "check-web";
                }
                """);
    }

    @Test
    void mermaidNamesNodesByIndexAndMarksSteps() {
        String mermaid = GraphRenderer.forFormat("mermaid").render(graph, "p");
        assertThat(mermaid).startsWith("""
                flowchart TD
                  s0["backup<br/>shell"]
                  s1["upgrade-db<br/>shell<br/>IRREVERSIBLE"]:::irreversible
                  s2[/"check-web<br/>MANUAL: a person acts"/]:::manual
                  s0 --> s1
                  s1 --> s2
                  classDef irreversible""");
    }

    @Test
    void dotQuotingKeepsHostileTextInsideTheString() {
        assertThat(DotRenderer.quote("a\"b\\c\nd\u0007e")).isEqualTo("\"a\\\"b\\\\c\\nde\"");
        String dot = new DotRenderer().render(PlanGraph.of(List.of(shell("x"))), "evil\" { a -> b }");
        assertThat(dot).startsWith("digraph \"evil\\\" { a -> b }\" {");
    }

    @Test
    void mermaidEscapingLeavesNoQuoteBacktickOrTagInLabels() {
        String escaped = MermaidRenderer.escape("a\"b`c<d>&#e\nf");
        assertThat(escaped).isEqualTo("a#quot;b#96;c#lt;d#gt;#amp;#35;e<br/>f");
        assertThat(escaped).doesNotContain("\"", "`", "<d", ">&");
    }

    @Test
    void unknownFormatIsRefused() {
        assertThatThrownBy(() -> GraphRenderer.forFormat("svg")).hasMessageContaining("dot or mermaid");
    }
}
