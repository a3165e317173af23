package dev.planrun.report;

import dev.planrun.events.RunEvent;
import dev.planrun.events.RunEvent.StepStarted;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.StepRecord;
import dev.planrun.journal.StepState;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins a plan with the events of one of its runs. */
public final class RunSummaries {

    private RunSummaries() {
    }

    /**
     * @param plan   the plan (titles of steps that never started); may be null
     * @param live   true when a process is running the run now
     */
    public static RunSummary of(Plan plan, RunLayout layout, List<RunEvent> events, boolean live) {
        RunHistory h = RunHistory.of(events);
        Map<String, StepStarted> starts = new HashMap<>();
        events.stream().filter(e -> e instanceof StepStarted).map(e -> (StepStarted) e)
                .forEach(s -> starts.put(s.step(), s));
        List<RunSummary.StepRow> rows = new ArrayList<>();
        List<String> ids = h.start().steps();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            StepRecord r = h.step(id);
            StepStarted s = starts.get(id);
            Step planned = plan == null ? null : plan.step(id).orElse(null);
            String title = s != null ? s.title() : planned == null ? id : planned.displayName();
            String type = s != null ? s.type() : planned == null ? null : planned.type();
            String log = r.logFile() == null ? null : layout.runDir().resolve(r.logFile()).toString();
            rows.add(new RunSummary.StepRow(i + 1, id, title, type, r.state().word(), r.attempts(), r.startedAt(),
                    r.finishedAt(), r.detail(), log, r.rollbackOutcome() == null ? null
                    : r.rollbackOutcome().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), r.rollbackDetail()));
        }
        RunEvent.RunFinished f = h.finished();
        String status = f != null ? f.status() : live ? "RUNNING" : "INTERRUPTED";
        var start = h.start();
        return new RunSummary(RunSummary.FORMAT, start.runId(), layout.runDir().toString(), start.planId(),
                start.planTitle(), start.planFile(), start.planSha256(), start.reviewedSha256(), status, f == null ? null : f.exitCode(),
                f == null ? null : f.message(), start.time(), f == null ? null : f.time(), start.params(),
                start.secretParams(), h.preconditions() == null ? List.of() : h.preconditions().results(), rows,
                f == null ? List.of() : f.leftOver());
    }

    /**
     * A run killed before its journal got its first line (status {@code NOT_STARTED}): every step
     * of the plan pending, nothing else known.
     */
    public static RunSummary notStarted(Plan plan, RunLayout layout) {
        List<RunSummary.StepRow> rows = new ArrayList<>();
        for (Step s : plan.steps()) {
            rows.add(new RunSummary.StepRow(rows.size() + 1, s.id(), s.displayName(), s.type(), StepState.PENDING.word(),
                    0, null, null, null, null, null, null));
        }
        return new RunSummary(RunSummary.FORMAT, layout.runId(), layout.runDir().toString(), plan.id(), plan.title(),
                plan.source() == null ? null : plan.source().toString(), null, null, "NOT_STARTED", null,
                "stopped before anything started (its journal has no line); apply --resume runs it from the start",
                null, null, Map.of(), List.of(), List.of(), rows, List.of());
    }
}
