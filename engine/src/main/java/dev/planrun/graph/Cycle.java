package dev.planrun.graph;

import dev.planrun.model.Step;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Steps that need each other: {@code steps.get(0)} needs {@code steps.get(1)}, and so on, and the
 * last needs the first. It starts at the step of the cycle declared first.
 */
public record Cycle(List<Step> steps) {

    public Cycle {
        steps = List.copyOf(steps);
    }

    /** The ids along the cycle, back to the first: {@code a -> b -> c -> a}. */
    public String path() {
        return steps.stream().map(Step::id).collect(Collectors.joining(" -> ")) + " -> " + steps.get(0).id();
    }

    /** The step declared first in the cycle, where a problem about the cycle is reported. */
    public Step first() {
        return steps.get(0);
    }

    @Override
    public String toString() {
        return path();
    }
}
