package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import dev.planrun.problem.DidYouMean;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** A {@code param:} check names a declared param. */
final class ParamChecksRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Check> c : context.parts(plan).checks()) {
            if (c.part() instanceof Check.ParamCheck p && p.name() != null && !plan.params().containsKey(p.name())
                    && !context.unloaded().param(p.name())) {
                out.add(Problem.error(context.locate(p.name(), p.position()), c.label() + " looks at param '" + p.name()
                        + "', which the plan does not declare" + DidYouMean.hint(p.name(), plan.params().keySet())));
            }
        }
        return out;
    }
}
