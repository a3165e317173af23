package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Retries;
import dev.planrun.model.Step;
import dev.planrun.model.Wait;
import dev.planrun.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Timeouts and polling waits are longer than zero; a check is not polled less often than it may wait. */
final class DurationsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Step> s : context.parts(plan).steps()) {
            Step step = s.part();
            positive(step.common().timeout(), "'timeout' of " + s.label(), () -> context.valueOf("timeout", step.position()), out);
            Retries retries = step.common().retries();
            if (retries != null && retries.delay() != null && retries.delay().isNegative()) {
                out.add(Problem.error(retries.position(), "'delay' of 'retries' of " + s.label() + " must not be negative"));
            }
        }
        for (PlanParts.Labeled<Check> c : context.parts(plan).checks()) {
            Wait wait = c.part().meta().polling();
            if (wait == null) {
                continue;
            }
            Supplier<Position> at = () -> context.keyOf("wait", c.part().position());
            positive(wait.timeout(), "'timeout' of 'wait' of " + c.label(), at, out);
            positive(wait.interval(), "'interval' of 'wait' of " + c.label(), at, out);
            if (wait.timeout() != null && wait.interval() != null && wait.interval().compareTo(wait.timeout()) > 0) {
                out.add(Problem.error(at.get(), "'wait' of " + c.label() + ": the interval is longer than the timeout,"
                        + " so the check would be tried only once"));
            }
        }
        return out;
    }

    /** @param at found only when there is a problem: searching the text for every step would be quadratic */
    private static void positive(Duration d, String what, Supplier<Position> at, List<Problem> out) {
        if (d != null && (d.isZero() || d.isNegative())) {
            out.add(Problem.error(at.get(), what + " must be longer than 0s"));
        }
    }
}
