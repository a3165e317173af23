package dev.planrun.check;

import dev.planrun.check.CheckResult.Status;
import dev.planrun.check.Expectations.Kind;
import dev.planrun.check.Expectations.Verdict;
import dev.planrun.interp.Masker;
import dev.planrun.model.Check;
import dev.planrun.model.Check.AllCheck;
import dev.planrun.model.Check.AnyCheck;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.NotCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Evaluates checks: leaves observe the system and apply their expectation; {@code all},
 * {@code any} and {@code not} combine in three-valued logic (a check that could not be evaluated
 * stays undecided unless the others decide); a check with {@code wait:} is polled until it holds
 * or its timeout passes. Nothing here changes anything: SQL runs in READ ONLY transactions.
 */
public final class CheckEvaluator {

    /**
     * Evaluates a resolved check (every {@code ${...}} replaced, see
     * {@link dev.planrun.interp.StepResolver#check}). Never throws for a check that fails or
     * cannot be evaluated: that is in the result.
     */
    public CheckResult evaluate(Check resolvedCheck, CheckContext context) {
        Wait polling = resolvedCheck.meta().polling();
        if (polling == null || polling.timeout() == null) {
            return once(resolvedCheck, context);
        }
        return poll(resolvedCheck, polling, context);
    }

    /** Every check in order; stops at nothing (a review shows them all). */
    public List<CheckResult> evaluateAll(List<Check> resolvedChecks, CheckContext context) {
        return resolvedChecks.stream().map(c -> evaluate(c, context)).toList();
    }

    private CheckResult poll(Check check, Wait polling, CheckContext context) {
        Duration interval = polling.interval() == null || polling.interval().isZero() || polling.interval().isNegative()
                ? Duration.ofSeconds(10) : polling.interval();
        Instant deadline = context.clock().instant().plus(polling.timeout());
        int attempts = 0;
        while (true) {
            CheckResult r = once(check, context);
            attempts++;
            if (r.holds() || r.status() == Status.OFFLINE) {
                return r;
            }
            Duration left = Duration.between(context.clock().instant(), deadline);
            if (left.isZero() || left.isNegative()) {
                return r.with(Status.FAILS, "did not hold within " + Durations.format(polling.timeout())
                        + " (" + attempts + " attempt(s), every " + Durations.format(interval) + "); last: " + r.detail());
            }
            try {
                context.sleeper().sleep(interval.compareTo(left) < 0 ? interval : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r.with(Status.NOT_EVALUATED, "interrupted while waiting; last: " + r.detail());
            }
        }
    }

    private CheckResult once(Check check, CheckContext context) {
        if (check instanceof AllCheck all) {
            return combine(all, all.checks(), true, context);
        }
        if (check instanceof AnyCheck any) {
            return combine(any, any.checks(), false, context);
        }
        if (check instanceof NotCheck not) {
            return negate(not, evaluate(not.check(), context));
        }
        return leaf(check, context);
    }

    private CheckResult leaf(Check check, CheckContext context) {
        Masker m = context.masker();
        String subject = m.mask(CheckSubjects.of(check));
        boolean needsOutside = check instanceof SqlCheck || check instanceof CommandCheck;
        if (needsOutside && context.offline()) {
            return CheckResult.offline(check, subject);
        }
        LeafProbes probes = new LeafProbes(context);
        Observation seen;
        Kind kind;
        try {
            if (check instanceof SqlCheck k) {
                kind = Kind.SQL;
                seen = probes.sql(k);
            } else if (check instanceof CommandCheck k) {
                kind = Kind.COMMAND;
                seen = probes.command(k);
            } else if (check instanceof FileCheck k) {
                kind = Kind.FILE;
                seen = probes.file(k);
            } else {
                kind = Kind.PARAM;
                seen = probes.param((ParamCheck) check);
            }
        } catch (LeafProbes.NotEvaluated e) {
            return CheckResult.notEvaluated(check, subject, m.mask(e.getMessage()));
        }
        Verdict v = Expectations.apply(kind, expectOf(check), seen);
        String observed = m.mask(seen.shown());
        String detail = m.mask(v.detail());
        return switch (v.status()) {
            case HOLDS -> CheckResult.holds(check, subject, observed, detail);
            case FAILS -> CheckResult.fails(check, subject, observed, detail);
            default -> new CheckResult(v.status(), check, subject, observed, detail, check.meta().message(), List.of());
        };
    }

    private CheckResult combine(Check check, List<Check> parts, boolean all, CheckContext context) {
        List<CheckResult> results = parts.stream().map(c -> evaluate(c, context)).toList();
        Status decisive = all ? Status.FAILS : Status.HOLDS;
        Status status;
        if (results.stream().anyMatch(r -> r.status() == decisive)) {
            status = decisive;
        } else if (results.stream().anyMatch(r -> r.status() == Status.NOT_EVALUATED)) {
            status = Status.NOT_EVALUATED;
        } else if (results.stream().anyMatch(r -> r.status() == Status.OFFLINE)) {
            status = Status.OFFLINE;
        } else {
            status = all ? Status.HOLDS : Status.FAILS;
        }
        String detail = results.stream().filter(r -> r.status() == status).map(CheckResult::explanation)
                .reduce((a, b) -> a + "; " + b).orElse(status == Status.HOLDS ? "all hold" : "none holds");
        String subject = CheckSubjects.of(check);
        String msg = status == Status.HOLDS || status == Status.OFFLINE ? null : check.meta().message();
        return new CheckResult(status, check, subject, null, detail, msg, results);
    }

    private CheckResult negate(NotCheck check, CheckResult inner) {
        Status status = switch (inner.status()) {
            case HOLDS -> Status.FAILS;
            case FAILS -> Status.HOLDS;
            default -> inner.status();
        };
        String detail = switch (inner.status()) {
            case HOLDS -> "it holds: " + inner.subject() + ": " + inner.detail();
            case FAILS -> "it does not hold: " + inner.detail();
            default -> inner.detail();
        };
        String msg = status == Status.HOLDS || status == Status.OFFLINE ? null : check.meta().message();
        return new CheckResult(status, check, "not (" + inner.subject() + ")", inner.observed(), detail, msg,
                List.of(inner));
    }

    private static dev.planrun.model.Expect expectOf(Check check) {
        if (check instanceof SqlCheck k) {
            return k.expect();
        }
        if (check instanceof CommandCheck k) {
            return k.expect();
        }
        if (check instanceof FileCheck k) {
            return k.expect();
        }
        return ((ParamCheck) check).expect();
    }
}
