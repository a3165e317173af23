package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.events.RunEvent.RollbackOutcome;
import dev.planrun.exec.StepFailedException;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.StepRecord;
import dev.planrun.journal.StepState;
import dev.planrun.model.Rollback;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the steps of a run in reverse order of their start: {@code auto} through the executor's
 * own inverse (also for a step that failed or was interrupted half-way, from what the executor
 * recorded), an inline body through its type's executor, nothing declared passed over.
 * {@code rollback: none} or a rollback that fails ends automatic rollback there: what is left is
 * named for a person.
 */
final class RollbackWalker {

    /** How a rollback ended. */
    record Outcome(boolean complete, List<String> rolledBack, List<String> leftOver, String message) {
    }

    private final RunSession session;
    private final TimedCall timed;

    RollbackWalker(RunSession session, TimedCall timed) {
        this.session = session;
        this.timed = timed;
    }

    /** The steps a rollback of this history would visit, in order (newest first). */
    List<String> candidates(RunHistory history) {
        List<String> out = new ArrayList<>();
        List<String> started = history.startOrder();
        for (int i = started.size() - 1; i >= 0; i--) {
            String id = started.get(i);
            StepRecord r = history.step(id);
            Step step = session.plan().step(id).orElse(null);
            if (step == null) {
                continue;
            }
            if (r.rollbackOutcome() != null && r.rollbackOutcome().equals(RollbackOutcome.PASSED_OVER.name())) {
                continue;
            }
            boolean partial = r.state() == StepState.FAILED || r.state() == StepState.STARTED;
            if (r.state() == StepState.DONE
                    || partial && step.common().rollback() instanceof Rollback.Auto
                    && session.services().executors().hasAutoRollback(step)) {
                out.add(id);
            }
        }
        return out;
    }

    Outcome walk(RunHistory history, String reason) {
        List<String> todo = candidates(history);
        Reporter reporter = session.reporter();
        reporter.emit(new RunEvent.RollbackStarted(reporter.now(), reporter.mask(reason), todo));
        List<String> undone = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            String id = todo.get(i);
            String stop = rollBack(id, history.step(id), passed);
            if (stop != null) {
                List<String> left = todo.subList(i, todo.size());
                return new Outcome(false, undone, List.copyOf(left), "rollback stopped at " + id + ": " + stop
                        + "; left for a person: " + String.join(", ", left));
            }
            if (!passed.contains(id)) {
                undone.add(id);
            }
        }
        if (todo.isEmpty()) {
            return new Outcome(true, undone, List.of(), "nothing to roll back");
        }
        String message = (undone.isEmpty() ? "nothing rolled back" : "rolled back " + String.join(", ", undone))
                + (passed.isEmpty() ? "" : "; passed over (no rollback): " + String.join(", ", passed));
        return new Outcome(true, undone, List.of(), message);
    }

    private void lock(Step step) throws StepFailedException {
        try {
            session.locks().before(step);
        } catch (DatabaseLocks.HeldElsewhere | java.sql.SQLException e) {
            throw new StepFailedException(e.getMessage(), e);
        }
    }

    /** Rolls back one step; returns why automatic rollback must stop here, or null. */
    private String rollBack(String id, StepRecord record, List<String> passed) {
        Reporter reporter = session.reporter();
        Step step;
        try {
            step = session.resolver().resolve(session.plan().step(id).orElseThrow());
        } catch (UnresolvedReferenceException e) {
            String why = "cannot resolve the step: " + e.getMessage();
            reporter.rolledBack(id, RollbackOutcome.FAILED, why);
            return why;
        }
        Rollback rollback = step.common().rollback();
        var dir = record.index() > 0 ? session.layout().stepDir(record.index(), id) : session.stepDir(id);
        try {
            if (rollback instanceof Rollback.None) {
                String why = "it is irreversible (rollback: none); undo it by hand";
                // the event's outcome already says irreversible; its detail does not say it again
                reporter.rolledBack(id, RollbackOutcome.IRREVERSIBLE, "undo it by hand (rollback: none)");
                return why;
            } else if (rollback instanceof Rollback.Inline inline) {
                Step body = inline.body();
                lock(body);
                RunStepContext ctx = new RunStepContext(session, id, dir.resolve("rollback"), "rollback");
                timed.call(body, () -> session.services().executors().apply(body, ctx));
                reporter.rolledBack(id, RollbackOutcome.ROLLED_BACK, "ran its rollback " + body.type() + " step");
            } else if (rollback instanceof Rollback.Auto && session.services().executors().hasAutoRollback(step)) {
                lock(step);
                RunStepContext ctx = new RunStepContext(session, id, dir, "rollback");
                timed.call(step, () -> {
                    session.services().executors().rollback(step, ctx);
                    return null;
                });
                reporter.rolledBack(id, RollbackOutcome.ROLLED_BACK, "restored the earlier state");
            } else {
                passed.add(id);
                reporter.rolledBack(id, RollbackOutcome.PASSED_OVER, rollback instanceof Rollback.Auto
                        ? "a " + step.type() + " step has no automatic rollback" : "no rollback declared");
            }
            return null;
        } catch (StepFailedException e) {
            String why = "its rollback failed: " + e.getMessage();
            reporter.rolledBack(id, RollbackOutcome.FAILED, why);
            return reporter.mask(why);
        }
    }
}
