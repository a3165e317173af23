package dev.planrun.validate;

import dev.planrun.interp.Reference;
import dev.planrun.model.Check;
import dev.planrun.model.Expect;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code expect-output} and {@code matches} are regular expressions Java can compile. */
final class RegexRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Step> s : context.parts(plan).steps()) {
            String regex = s.part() instanceof SqlStep sql ? sql.expectOutput()
                    : s.part() instanceof ShellStep shell ? shell.expectOutput() : null;
            compile(regex, "'expect-output' in " + s.label(), () -> context.valueOf("expect-output", s.part().position()), out);
        }
        for (PlanParts.Labeled<Check> c : context.parts(plan).checks()) {
            Expect e = expectOf(c.part());
            if (e != null) {
                compile(e.matches(), "'matches' in " + c.label(), () -> context.valueOf("matches", c.part().position()), out);
            }
        }
        return out;
    }

    private static Expect expectOf(Check check) {
        if (check instanceof Check.SqlCheck c) {
            return c.expect();
        }
        if (check instanceof Check.CommandCheck c) {
            return c.expect();
        }
        if (check instanceof Check.FileCheck c) {
            return c.expect();
        }
        return check instanceof Check.ParamCheck c ? c.expect() : null;
    }

    private static void compile(String regex, String what, Supplier<Position> at, List<Problem> out) {
        // a regex with references is compiled once they are resolved
        if (regex == null || !Reference.scan(regex).isEmpty()) {
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            out.add(Problem.error(at.get(), what + " is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")));
        }
    }
}
