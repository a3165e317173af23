package dev.planrun.validate;

import dev.planrun.graph.Cycle;
import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps can be ordered: each cycle of {@code needs} is reported as its path,
 * {@code a -> b -> c -> a} (each step needs the next), at its first-declared step. The graph
 * package finds the cycles in time linear in steps plus edges.
 */
final class CyclesRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        if (PlanGraph.of(plan.steps()).order() instanceof Ordering.Cyclic cyclic) {
            for (Cycle cycle : cyclic.cycles()) {
                out.add(Problem.error(cycle.first().position(), "these steps need each other in a cycle, so none can run first: "
                        + cycle.path()));
            }
        }
        return out;
    }
}
