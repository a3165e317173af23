package dev.planrun.run;

import dev.planrun.check.CheckResult;
import dev.planrun.journal.JournalReader;
import dev.planrun.journal.RunHistory;
import dev.planrun.model.Check;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The body of a run once it holds the lock and has a journal: plan preconditions, then every
 * step in order, then on failure stop or roll back. Returns the run's result; the caller reports
 * the end.
 */
final class RunLoop {

    private final RunSession session;
    private final TimedCall timed;

    RunLoop(RunSession session, TimedCall timed) {
        this.session = session;
        this.timed = timed;
    }

    /** Evaluates the plan's preconditions; null when they all hold, else the failure. */
    RunResult preconditions() {
        List<Check> checks = session.plan().preconditions();
        if (checks.isEmpty()) {
            return null;
        }
        var ctx = session.checkContext();
        List<CheckResult> results = checks.stream()
                .map(c -> session.services().checks().evaluate(session.resolver().check(c), ctx)).toList();
        boolean hold = results.stream().allMatch(CheckResult::holds);
        session.reporter().preconditions(hold, results);
        if (hold) {
            return null;
        }
        List<String> failing = results.stream().filter(r -> !r.holds()).map(CheckResult::explanation).toList();
        return result(RunStatus.PRECONDITION_FAILED, "a plan precondition does not hold, nothing was changed: "
                + String.join("; ", failing), List.of());
    }

    /**
     * Runs the steps that {@code alreadyFinished} does not exclude.
     *
     * @param changedBefore true when earlier activity of this run (before a resume) changed something
     */
    RunResult steps(Predicate<String> alreadyFinished, OnFailure onFailure, boolean changedBefore) {
        StepRunner runner = new StepRunner(session, timed);
        Map<String, String> blocked = new HashMap<>();
        List<String> continued = new ArrayList<>();
        boolean changed = changedBefore;
        for (Step step : session.order()) {
            String id = step.id();
            if (alreadyFinished.test(id)) {
                continue;
            }
            String blocker = step.common().needs().stream().filter(blocked::containsKey).findFirst().orElse(null);
            if (blocker != null) {
                String reason = "needs " + blocker + ", which " + blocked.get(blocker);
                session.reporter().skipped(id, reason);
                blocked.put(id, "was skipped");
                continue;
            }
            StepResult r = runner.run(step);
            switch (r.kind()) {
                case DONE -> changed = true;
                case SKIPPED -> { }
                case LOCKED -> {
                    return result(RunStatus.LOCKED, "step " + id + " did not start: " + r.detail()
                            + "; apply --resume once it is free", List.of());
                }
                case WAITING -> {
                    return result(RunStatus.WAITING_FOR_CONFIRMATION, "step " + id + " needs a person: do what it"
                            + " says, then apply --resume --yes (or --resume on a terminal)", List.of(id));
                }
                case FAILED -> {
                    if (r.stillRunning()) {
                        return result(RunStatus.FAILED, "step " + id + " " + r.detail() + "; the run stopped without"
                                + " rolling back: check what the step is doing before apply --resume or planrun rollback",
                                List.of(id));
                    }
                    if (step.common().continueOnError()) {
                        blocked.put(id, "failed");
                        continued.add(id);
                        changed = true;
                        continue;
                    }
                    if (r.haltedByPrecondition() && !changed) {
                        return result(RunStatus.PRECONDITION_FAILED, "step " + id + ": " + r.detail()
                                + "; nothing was changed", List.of());
                    }
                    return failed(id, r.detail(), onFailure);
                }
                default -> throw new IllegalStateException(r.kind().name());
            }
        }
        int n = session.order().size();
        String done = n + (n == 1 ? " step" : " steps");
        return result(RunStatus.DONE, continued.isEmpty() ? done
                : done + "; failed and continued past (continue-on-error): " + String.join(", ", continued), List.of());
    }

    private RunResult failed(String id, String error, OnFailure onFailure) {
        String what = "step " + id + " failed: " + error;
        if (onFailure != OnFailure.ROLLBACK) {
            return result(RunStatus.FAILED, what + "; the run stopped (fix the cause and apply --resume, or planrun rollback)",
                    List.of());
        }
        RollbackWalker.Outcome o = rollBack(history(), what);
        return o.complete()
                ? result(RunStatus.ROLLED_BACK, what + "; " + o.message(), List.of())
                : result(RunStatus.ROLLBACK_INCOMPLETE, what + "; " + o.message(), o.leftOver());
    }

    /** Rolls back what the history says was done, newest first. */
    RollbackWalker.Outcome rollBack(RunHistory history, String reason) {
        return new RollbackWalker(session, timed).walk(history, reason);
    }

    /** The run as its journal now tells (every event so far was forced to disk). */
    RunHistory history() {
        try {
            return RunHistory.of(new JournalReader().read(session.layout().journal()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal back: " + e.getMessage(), e);
        }
    }

    RunResult result(RunStatus status, String message, List<String> leftOver) {
        return new RunResult(status, session.layout().runId(), session.layout().runDir(),
                session.reporter().mask(message), leftOver, List.of());
    }
}
