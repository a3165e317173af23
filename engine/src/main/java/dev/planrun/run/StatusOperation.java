package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.journal.JournalReader;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.RunStore;
import dev.planrun.model.Plan;
import dev.planrun.report.RunSummaries;
import dev.planrun.report.RunSummary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code planrun status}: a plan joined with the journal of one of its runs (the latest unless
 * named). Reads only; takes no lock, so it works while a run is going on.
 */
public final class StatusOperation {

    private final RunStore store;

    public StatusOperation(RunStore store) {
        this.store = store;
    }

    /**
     * @param runId the run (null: the latest)
     * @return the summary, or empty when the plan has no such run
     */
    public Optional<RunSummary> status(Plan plan, String runId) throws IOException {
        Optional<RunLayout> run = runId == null ? store.runs(plan.id()).stream().findFirst() : store.find(plan.id(), runId);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        List<RunEvent> events = new JournalReader().read(run.get().journal());
        if (events.isEmpty()) {
            return Optional.of(RunSummaries.notStarted(plan, run.get()));
        }
        return Optional.of(RunSummaries.of(plan, run.get(), events, live(events)));
    }

    /** The runs of a plan, newest first. */
    public List<RunLayout> runs(Plan plan) throws IOException {
        return store.runs(plan.id());
    }

    /** Whether the process that last worked on the run is alive on this host. */
    private static boolean live(List<RunEvent> events) {
        long pid = -1;
        String host = null;
        for (RunEvent e : events) {
            if (e instanceof RunEvent.RunStarted s) {
                pid = s.pid();
                host = s.host();
            } else if (e instanceof RunEvent.RunResumed r) {
                pid = r.pid();
            }
        }
        boolean lastIsEnd = events.get(events.size() - 1) instanceof RunEvent.RunFinished;
        long finalPid = pid;
        return !lastIsEnd && RunOpener.host().equals(host)
                && ProcessHandle.of(finalPid).map(ProcessHandle::isAlive).orElse(false);
    }
}
