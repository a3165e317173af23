package dev.planrun.graph;

import dev.planrun.model.ManualStep;
import dev.planrun.model.Step;

/** Graphviz DOT: {@code planrun graph plan.yaml | dot -Tsvg > plan.svg}. */
public final class DotRenderer implements GraphRenderer {

    @Override
    public String render(PlanGraph graph, String name) {
        StringBuilder out = new StringBuilder(64 + graph.size() * 64);
        out.append("digraph ").append(quote(name)).append(" {\n");
        out.append("  rankdir=TB;\n");
        out.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        for (Step step : graph.steps()) {
            out.append("  ").append(quote(step.id())).append(" [label=")
                    .append(quote(String.join("\n", GraphRenderer.labelLines(step))));
            if (step instanceof ManualStep) {
                out.append(", shape=parallelogram, style=dashed");
            }
            if (step.common().rollback().irreversible()) {
                out.append(", color=red, fontcolor=red, penwidth=2");
            }
            out.append("];\n");
        }
        for (PlanGraph.Edge edge : graph.edges()) {
            out.append("  ").append(quote(edge.to().id())).append(" -> ").append(quote(edge.from().id()))
                    .append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT quoted string: backslash, quote and line breaks escaped, other control characters dropped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c >= ' ') {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
