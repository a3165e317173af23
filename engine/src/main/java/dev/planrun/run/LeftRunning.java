package dev.planrun.run;

import dev.planrun.interp.Masker;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.StepRecord;
import dev.planrun.journal.StepState;
import dev.planrun.process.RunProcesses;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Programs that a killed planrun left running for a step it never finished: re-parented to
 * init, they go on changing things after the OS released the lock with the dead process. A
 * resume or rollback beside them would run the step (or its rollback) a second time at once, so
 * both refuse until they end. Programs of finished steps (a server a step started) do not count.
 */
final class LeftRunning {

    private static final int SHOWN = 5;

    private LeftRunning() {
    }

    /**
     * Why the run cannot go on now, or null.
     *
     * @param then what to do once they ended, e.g. {@code resume}
     */
    static RunResult refusal(RunLayout layout, RunHistory history, Masker masker, String then) {
        List<RunProcesses.Found> left = new RunProcesses().alive(layout.runId()).stream()
                .filter(p -> p.stepId() != null && unfinished(history.step(p.stepId()), p.action())).toList();
        if (left.isEmpty()) {
            return null;
        }
        boolean one = left.size() == 1;
        String which = left.stream().limit(SHOWN).map(p -> "pid " + p.pid() + " (step " + p.stepId()
                + ("rollback".equals(p.action()) ? ", rollback" : "") + "): " + masker.mask(p.command()))
                .collect(Collectors.joining("; ")) + (left.size() > SHOWN ? "; and " + (left.size() - SHOWN) + " more" : "");
        String message = (one ? "a process" : left.size() + " processes") + " started by run " + layout.runId()
                + (one ? " is" : " are") + " still running: " + which + "; wait for " + (one ? "it" : "them")
                + " to end or stop " + (one ? "it" : "them") + ", then " + then;
        return new RunResult(RunStatus.LOCKED, layout.runId(), layout.runDir(), message, List.of(), List.of());
    }

    private static boolean unfinished(StepRecord step, String action) {
        return "rollback".equals(action) ? step.rollbackOutcome() == null : step.state() == StepState.STARTED;
    }
}
