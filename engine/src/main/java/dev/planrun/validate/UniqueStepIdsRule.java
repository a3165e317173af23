package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step ids are unique: each repeat is reported where it is written, with where the id was first
 * used. Steps that did not load but whose id did count too.
 */
final class UniqueStepIdsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Map.Entry<String, Position>> written = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step.id() != null) {
                written.add(Map.entry(step.id(), step.position()));
            }
        }
        if (!context.unloaded().steps().isEmpty()) {
            written.addAll(context.unloaded().steps().entrySet());
            written.sort(Map.Entry.comparingByValue());
        }
        List<Problem> out = new ArrayList<>();
        Map<String, Position> first = new HashMap<>();
        for (Map.Entry<String, Position> step : written) {
            Position earlier = first.putIfAbsent(step.getKey(), step.getValue());
            if (earlier != null) {
                // both at the id's value, where the repeat is written
                Position at = context.valueOf("id", earlier);
                out.add(Problem.error(context.valueOf("id", step.getValue()), "step id '" + step.getKey()
                        + "' is used twice (first at " + at.line() + ":" + at.column() + "); step ids must be unique"));
            }
        }
        return out;
    }
}
