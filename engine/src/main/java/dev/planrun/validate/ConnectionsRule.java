package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.problem.DidYouMean;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every connection a sql step or sql check names is declared under {@code connections}. */
final class ConnectionsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        Set<String> declared = plan.connections().keySet();
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Step> s : context.parts(plan).steps()) {
            if (s.part() instanceof SqlStep sql) {
                need(sql.connection(), s.label(), sql.position(), declared, context, out);
            }
        }
        for (PlanParts.Labeled<Check> c : context.parts(plan).checks()) {
            if (c.part() instanceof Check.SqlCheck sql) {
                need(sql.connection(), c.label(), sql.position(), declared, context, out);
            }
        }
        return out;
    }

    private static void need(String name, String label, Position owner, Set<String> declared, ValidationContext context,
                             List<Problem> out) {
        if (name == null || name.isBlank() || declared.contains(name) || context.unloaded().connection(name)) {
            return;
        }
        String known = declared.isEmpty() && context.unloaded().anyConnection() ? ""
                : declared.isEmpty() ? "; the plan declares no connections (add them under 'connections:')"
                : DidYouMean.hint(name, declared) + "; declared: " + String.join(", ", declared);
        Position at = context.locate(name, context.locate("connection", owner));
        out.add(Problem.error(at, label + " uses connection '" + name + "', which is not declared" + known));
    }
}
