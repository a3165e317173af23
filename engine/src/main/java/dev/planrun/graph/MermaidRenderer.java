package dev.planrun.graph;

import dev.planrun.model.ManualStep;
import dev.planrun.model.Step;

/**
 * A Mermaid flowchart, e.g. for a change ticket or a README. Nodes are named {@code s0, s1, ...}
 * by declaration index so that no step id can break the syntax; the ids are in the labels.
 */
public final class MermaidRenderer implements GraphRenderer {

    @Override
    public String render(PlanGraph graph, String name) {
        StringBuilder out = new StringBuilder(64 + graph.size() * 48);
        out.append("flowchart TD\n");
        int i = 0;
        for (Step step : graph.steps()) {
            String label = escape(String.join("\n", GraphRenderer.labelLines(step)));
            out.append("  s").append(i++);
            if (step instanceof ManualStep) {
                out.append("[/\"").append(label).append("\"/]");
            } else {
                out.append("[\"").append(label).append("\"]");
            }
            if (step.common().rollback().irreversible()) {
                out.append(":::irreversible");
            } else if (step instanceof ManualStep) {
                out.append(":::manual");
            }
            out.append('\n');
        }
        for (PlanGraph.Edge edge : graph.edges()) {
            out.append("  s").append(graph.indexOf(edge.to().id()))
                    .append(" --> s").append(graph.indexOf(edge.from().id())).append('\n');
        }
        out.append("  classDef irreversible fill:#fde2e2,stroke:#c0392b,stroke-width:3px,color:#7b241c\n");
        out.append("  classDef manual fill:#fff4d6,stroke:#9a7d0a,stroke-dasharray:5 3\n");
        return out.toString();
    }

    /**
     * Text safe inside a quoted Mermaid label: entity codes for the characters Mermaid or an HTML
     * label would read ({@code # " < > & `}), {@code <br/>} for line breaks.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if (c >= ' ') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
