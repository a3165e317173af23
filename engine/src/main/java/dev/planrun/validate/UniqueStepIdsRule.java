package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Step ids are unique: each repeat is reported where it is written, with where the id was first used. */
final class UniqueStepIdsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        Map<String, Step> first = new HashMap<>();
        for (Step step : plan.steps()) {
            if (step.id() == null) {
                continue;
            }
            Step earlier = first.putIfAbsent(step.id(), step);
            if (earlier != null) {
                Position at = earlier.position();
                out.add(Problem.error(step.position(), "step id '" + step.id() + "' is used twice (first at "
                        + at.line() + ":" + at.column() + "); step ids must be unique"));
            }
        }
        return out;
    }
}
