package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import dev.planrun.model.Rollback;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Every step (with the inline rollback bodies) and every check (with the nested ones) of a plan,
 * each with the words messages use for it, the same the loader uses: {@code step 'stop'},
 * {@code the rollback of step 'stop'}, {@code precondition 2 of step 'stop'}.
 */
final class PlanParts {

    /** A part of a plan and how messages name it. */
    record Labeled<T>(T part, String label) {
    }

    private final List<Labeled<Step>> steps;
    private final List<Labeled<Check>> checks;

    PlanParts(Plan plan) {
        this.steps = listSteps(plan);
        this.checks = listChecks(steps, plan);
    }

    /** The plan's steps in order, each followed by its inline rollback body, if any. */
    List<Labeled<Step>> steps() {
        return steps;
    }

    /** Every check: the plan's preconditions, then each step's {@code when} and preconditions. */
    List<Labeled<Check>> checks() {
        return checks;
    }

    static String label(Step step) {
        return "step '" + step.id() + "'";
    }

    private static List<Labeled<Step>> listSteps(Plan plan) {
        List<Labeled<Step>> out = new ArrayList<>(plan.steps().size());
        for (Step step : plan.steps()) {
            out.add(new Labeled<>(step, label(step)));
            if (step.common().rollback() instanceof Rollback.Inline inline && inline.body() != null) {
                out.add(new Labeled<>(inline.body(), "the rollback of " + label(step)));
            }
        }
        return out;
    }

    private static List<Labeled<Check>> listChecks(List<Labeled<Step>> steps, Plan plan) {
        List<Labeled<Check>> out = new ArrayList<>();
        list(plan.preconditions(), "plan precondition %d", out);
        for (Labeled<Step> s : steps) {
            Step step = s.part();
            if (step.common().when() != null) {
                add(step.common().when(), "'when' of " + s.label(), out);
            }
            if (!step.common().preconditions().isEmpty()) {
                list(step.common().preconditions(), "precondition %d of " + s.label().replace("%", "%%"), out);
            }
        }
        return out;
    }

    private static void list(List<Check> checks, String format, List<Labeled<Check>> out) {
        for (int i = 0; i < checks.size(); i++) {
            add(checks.get(i), String.format(format, i + 1), out);
        }
    }

    private static void add(Check check, String label, List<Labeled<Check>> out) {
        if (check == null) {
            return;
        }
        String name = check.meta().id() != null ? "check '" + check.meta().id() + "'" : label;
        out.add(new Labeled<>(check, name));
        if (check instanceof Check.AllCheck all) {
            list(all.checks(), "check %d of 'all' in " + name.replace("%", "%%"), out);
        } else if (check instanceof Check.AnyCheck any) {
            list(any.checks(), "check %d of 'any' in " + name.replace("%", "%%"), out);
        } else if (check instanceof Check.NotCheck not) {
            add(not.check(), "'not' of " + name, out);
        }
    }
}
