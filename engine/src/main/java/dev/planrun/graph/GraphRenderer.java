package dev.planrun.graph;

import dev.planrun.model.ManualStep;
import dev.planrun.model.Step;

/**
 * Draws a plan's graph as text another tool renders. Edges go from a step to the steps that need
 * it (the direction work flows). Irreversible steps and manual steps are marked in the label and
 * by their style, so that the marks survive a black-and-white print.
 */
public sealed interface GraphRenderer permits DotRenderer, MermaidRenderer {

    /** @param name the plan's id, used where the format names the graph */
    String render(PlanGraph graph, String name);

    /** The renderer for a format name: {@code dot} or {@code mermaid}. */
    static GraphRenderer forFormat(String format) {
        if ("dot".equals(format)) {
            return new DotRenderer();
        }
        if ("mermaid".equals(format)) {
            return new MermaidRenderer();
        }
        throw new IllegalArgumentException("unknown graph format '" + format + "' (expected dot or mermaid)");
    }

    /** The label lines of a step: id, type, and the marks. */
    static String[] labelLines(Step step) {
        boolean irreversible = step.common().rollback().irreversible();
        boolean manual = step instanceof ManualStep;
        if (irreversible && manual) {
            return new String[] {step.id(), step.type(), "MANUAL, IRREVERSIBLE"};
        }
        if (irreversible) {
            return new String[] {step.id(), step.type(), "IRREVERSIBLE"};
        }
        if (manual) {
            return new String[] {step.id(), "MANUAL: a person acts"};
        }
        return new String[] {step.id(), step.type()};
    }
}
