package dev.planrun.graph;

import dev.planrun.model.Step;
import java.util.List;

/** The result of ordering a plan's steps: an order, or the cycles that prevent one. */
public sealed interface Ordering {

    /** The steps in the order they run. */
    record Sorted(List<Step> steps) implements Ordering {
        public Sorted {
            steps = List.copyOf(steps);
        }
    }

    /** At least one cycle; one per group of steps that need each other, in declaration order. */
    record Cyclic(List<Cycle> cycles) implements Ordering {
        public Cyclic {
            cycles = List.copyOf(cycles);
        }
    }

    default boolean sorted() {
        return this instanceof Sorted;
    }
}
