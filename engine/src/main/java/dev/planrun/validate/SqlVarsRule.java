package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The names of a sql step's {@code vars} are psql variable names, so {@code :NAME} can use them. */
final class SqlVarsRule implements PlanRule {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Step> s : context.parts(plan).steps()) {
            if (s.part() instanceof SqlStep sql) {
                for (String name : sql.vars().keySet()) {
                    if (!NAME.matcher(name).matches()) {
                        out.add(Problem.error(context.locate(name, sql.position()), "'vars' in " + s.label() + ": '" + name
                                + "' is not a psql variable name (letters, digits and '_', not starting with a digit)"));
                    }
                }
            }
        }
        return out;
    }
}
