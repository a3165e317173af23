package dev.planrun.run;

import dev.planrun.check.CheckResult;
import dev.planrun.check.CheckResult.Status;
import dev.planrun.check.Durations;
import dev.planrun.events.RunEvent;
import dev.planrun.exec.ConfirmationUnavailableException;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta.OnFail;
import dev.planrun.model.Retries;
import dev.planrun.model.Step;
import dev.planrun.journal.RunLayout;
import dev.planrun.reviewed.Digests;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs one step of a run: resolves it, evaluates {@code when} (false: skipped, with the reason),
 * its preconditions ({@code on-fail: halt | skip | warn}), then executes it with its timeout and
 * retries, reporting every stage.
 */
final class StepRunner {

    private final RunSession session;
    private final TimedCall timed;

    StepRunner(RunSession session, TimedCall timed) {
        this.session = session;
        this.timed = timed;
    }

    StepResult run(Step planned) {
        Reporter reporter = session.reporter();
        String id = planned.id();
        Step step;
        try {
            step = session.resolver().resolve(planned);
        } catch (UnresolvedReferenceException e) {
            return fail(id, "cannot resolve the step: " + e.getMessage(), 0, false);
        }
        Check when = step.common().when();
        if (when != null) {
            CheckResult r = session.services().checks().evaluate(when, session.checkContext());
            if (r.status() == Status.FAILS) {
                reporter.skipped(id, "when does not hold: " + r.explanation());
                return StepResult.skipped(r.explanation());
            }
            if (!r.holds()) {
                return fail(id, "its when condition could not be evaluated: " + r.explanation(), 0, false);
            }
        }
        for (Check pre : step.common().preconditions()) {
            CheckResult r = session.services().checks().evaluate(pre, session.checkContext());
            if (r.holds()) {
                continue;
            }
            OnFail onFail = pre.meta().onFail();
            String text = "precondition " + r.name() + " does not hold: " + r.explanation();
            if (onFail == OnFail.WARN) {
                reporter.warning(id, text);
            } else if (onFail == OnFail.SKIP) {
                reporter.skipped(id, text);
                return StepResult.skipped(text);
            } else {
                StepResult halted = fail(id, text, 0, false);
                return new StepResult(halted.kind(), halted.detail(), true);
            }
        }
        return attempts(step);
    }

    private StepResult attempts(Step step) {
        Reporter reporter = session.reporter();
        String id = step.id();
        Retries retries = step.common().retries();
        int allowed = 1 + (retries == null ? 0 : Math.max(0, retries.count()));
        int index = session.indexOf(id);
        String sha = Digests.sha256(session.masker().mask(step.toString()));
        try {
            session.locks().before(step);
        } catch (DatabaseLocks.HeldElsewhere e) {
            return new StepResult(StepResult.Kind.LOCKED, session.reporter().mask(e.getMessage()), false);
        } catch (java.sql.SQLException e) {
            return fail(id, "cannot take the database lock: " + e.getMessage(), 0, step.common().continueOnError());
        }
        for (int attempt = 1; ; attempt++) {
            RunStepContext ctx = session.context(id);
            reporter.emit(new RunEvent.StepStarted(reporter.now(), id, index, session.order().size(), step.type(),
                    reporter.mask(step.displayName()), sha, attempt, RunLayout.stepLogName(index, id)));
            Instant began = session.services().clock().instant();
            try {
                StepOutcome outcome = timed.call(step, () -> session.services().executors().apply(step, ctx));
                summarize(id, ctx);
                long ms = elapsed(began);
                if (outcome.skipped()) {
                    reporter.skipped(id, outcome.summary());
                    return StepResult.skipped(outcome.summary());
                }
                reporter.succeeded(id, outcome.summary(), ms);
                return StepResult.done(outcome.summary());
            } catch (StepFailedException e) {
                summarize(id, ctx);
                if (e instanceof ConfirmationUnavailableException || ctx.waitingForConfirmation()) {
                    return waiting(id, elapsed(began));
                }
                if (e instanceof TimedCall.StillRunningException) {
                    StepResult failed = fail(id, e.getMessage(), elapsed(began), false);
                    return new StepResult(failed.kind(), failed.detail(), false, true);
                }
                if (attempt < allowed) {
                    Duration delay = retries.delay() == null ? Duration.ZERO : retries.delay();
                    reporter.warning(id, "attempt " + attempt + " of " + allowed + " failed: " + e.getMessage()
                            + "; trying again in " + Durations.format(delay));
                    if (!pause(delay)) {
                        return fail(id, e.getMessage() + " (interrupted before the next attempt)", elapsed(began),
                                step.common().continueOnError());
                    }
                    continue;
                }
                return fail(id, e.getMessage(), elapsed(began), step.common().continueOnError());
            }
        }
    }

    private StepResult waiting(String id, long ms) {
        String text = "waiting for confirmation: no terminal to ask and --yes not given;"
                + " run apply --resume --yes (or --resume on a terminal) to continue";
        session.reporter().failed(id, text, ms, true, false);
        return new StepResult(StepResult.Kind.WAITING, text, false);
    }

    private StepResult fail(String id, String error, long ms, boolean continued) {
        session.reporter().failed(id, error, ms, false, continued);
        return StepResult.failed(session.reporter().mask(error));
    }

    private void summarize(String id, RunStepContext ctx) {
        if (ctx.lines() > 0) {
            session.reporter().emit(new RunEvent.OutputSummary(session.reporter().now(), id, ctx.lines(),
                    session.reporter().mask(ctx.lastLine())));
        }
    }

    private boolean pause(Duration delay) {
        try {
            session.services().sleeper().sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long elapsed(Instant began) {
        return Duration.between(began, session.services().clock().instant()).toMillis();
    }
}
