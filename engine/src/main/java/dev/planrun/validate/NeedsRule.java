package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import dev.planrun.problem.DidYouMean;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every id in {@code needs} names a step of the plan (one written but broken counts: it has its own problem). */
final class NeedsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        Set<String> ids = new HashSet<>();
        plan.steps().forEach(s -> ids.add(s.id()));
        List<Problem> out = new ArrayList<>();
        for (Step step : plan.steps()) {
            for (String need : step.common().needs()) {
                if (!ids.contains(need) && !context.unloaded().step(need)) {
                    Position needs = context.locate("needs", step.position());
                    out.add(Problem.error(context.locate(need, needs), PlanParts.label(step) + " needs '" + need
                            + "', but the plan has no step with that id" + DidYouMean.hint(need, ids)));
                }
            }
        }
        return out;
    }
}
