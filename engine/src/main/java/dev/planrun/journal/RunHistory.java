package dev.planrun.journal;

import dev.planrun.events.RunEvent;
import dev.planrun.events.RunEvent.PreconditionsEvaluated;
import dev.planrun.events.RunEvent.RunFinished;
import dev.planrun.events.RunEvent.RunStarted;
import dev.planrun.events.RunEvent.StepFailed;
import dev.planrun.events.RunEvent.StepRolledBack;
import dev.planrun.events.RunEvent.StepSkipped;
import dev.planrun.events.RunEvent.StepStarted;
import dev.planrun.events.RunEvent.StepSucceeded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run as its journal tells: how it started, where each step stands, how it last ended.
 *
 * @param start      the run-started event
 * @param steps      every step of the run order, with its state
 * @param startOrder step ids in the order they (last) started
 * @param finished   how the last activity on the run ended; null when it did not end (killed)
 * @param preconditions the last plan-precondition evaluation (null: none)
 * @param rollingBack   the process stopped (was killed) in the middle of a rollback
 */
public record RunHistory(RunStarted start, Map<String, StepRecord> steps, List<String> startOrder,
                         RunFinished finished, PreconditionsEvaluated preconditions, boolean rollingBack) {

    /**
     * Statuses of a run that {@code apply --resume} may continue: stopped, not ended for good
     * (done, rolled back, rollback incomplete). A refused resume (CHANGED) left the run as it was;
     * LOCKED stopped before a step because another session held its database.
     */
    private static final Set<String> RESUMABLE = Set.of("FAILED", "WAITING_FOR_CONFIRMATION", "PRECONDITION_FAILED",
            "INTERRUPTED", "CHANGED", "LOCKED");

    /** Folds a journal's events. The first must be run-started. */
    public static RunHistory of(List<RunEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof RunStarted start)) {
            throw new IllegalArgumentException("a journal starts with a run-started event");
        }
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        start.steps().forEach(id -> steps.put(id, StepRecord.pending(id)));
        List<String> order = new ArrayList<>();
        RunFinished finished = null;
        PreconditionsEvaluated pre = null;
        boolean rollingBack = false;
        for (RunEvent e : events) {
            finished = e instanceof RunFinished f ? f : null;
            if (e instanceof RunEvent.RollbackStarted) {
                rollingBack = true;
            } else if (e instanceof RunFinished || e instanceof RunEvent.RunResumed) {
                rollingBack = false;
            }
            String id = e.step();
            StepRecord r = id == null ? null : steps.getOrDefault(id, StepRecord.pending(id));
            if (e instanceof PreconditionsEvaluated p) {
                pre = p;
            } else if (e instanceof StepStarted s) {
                r = r.started(s.time(), s.index(), s.logFile());
                order.remove(id);
                order.add(id);
            } else if (e instanceof StepSucceeded s) {
                r = r.ended(StepState.DONE, s.time(), s.summary());
            } else if (e instanceof StepSkipped s) {
                r = r.ended(StepState.SKIPPED, s.time(), s.reason());
            } else if (e instanceof StepFailed f) {
                r = r.ended(f.waiting() ? StepState.WAITING : StepState.FAILED, f.time(), f.error());
            } else if (e instanceof StepRolledBack b) {
                r = r.rolledBack(b.outcome().name(), b.time(), b.detail());
            }
            if (r != null) {
                steps.put(id, r);
            }
        }
        return new RunHistory(start, Collections.unmodifiableMap(steps), List.copyOf(order), finished, pre, rollingBack);
    }

    public String runId() {
        return start.runId();
    }

    /** True when the last activity on the run did not end (the process was killed, or is running now). */
    public boolean unfinished() {
        return finished == null;
    }

    /**
     * True when {@code apply --resume} may continue this run: not ended for good, and not stopped
     * half-way through a rollback (only {@code planrun rollback} finishes that).
     */
    public boolean resumable() {
        return !rollingBack && (finished == null || RESUMABLE.contains(finished.status()));
    }

    public StepRecord step(String id) {
        return steps.getOrDefault(id, StepRecord.pending(id));
    }

    /** Steps in a given state, in run order. */
    public List<String> inState(StepState state) {
        return steps.values().stream().filter(r -> r.state() == state).map(StepRecord::step).toList();
    }
}
