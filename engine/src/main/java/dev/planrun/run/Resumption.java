package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.journal.JournalReader;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.RunStore;
import dev.planrun.journal.StepState;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.reviewed.Digests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Finding the run a {@code --resume} continues, and what changed since it began.
 *
 * @param layout  the run's directory
 * @param history what its journal says; null when the run was killed before its journal's first
 *                line, so that nothing of it started
 */
record Resumption(RunLayout layout, RunHistory history) {

    /**
     * The newest run of the plan with these params, when it did not end for good (done, rolled
     * back); also when it stopped in the middle of a rollback, which the caller refuses to resume.
     * A newer run that never started (no journal line, whatever its params) is that run, when
     * {@code unclaimed} says no other apply of the plan may be making it right now.
     */
    static Optional<Resumption> latest(RunStore store, String planId, String paramsDigest, BooleanSupplier unclaimed)
            throws IOException {
        JournalReader reader = new JournalReader();
        for (RunLayout run : store.runs(planId)) {
            List<RunEvent> events = reader.read(run.journal());
            if (events.isEmpty()) {
                if (unclaimed.getAsBoolean()) {
                    return Optional.of(new Resumption(run, null));
                }
                continue;
            }
            RunHistory h = RunHistory.of(events);
            if (paramsDigest.equals(h.start().paramsDigest())) {
                return h.resumable() || h.rollingBack() ? Optional.of(new Resumption(run, h)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when the run was killed before its journal's first line: nothing of it started. */
    boolean notStarted() {
        return history == null;
    }

    /**
     * What differs from when the run began: the plan file, and the input files of steps not yet
     * done that existed then.
     *
     * @param pending the resolved steps still to run
     */
    List<String> changes(Plan plan, List<Step> pending, Path workingDir) {
        List<String> out = new ArrayList<>();
        String planNow = RunInputs.planDigest(plan);
        if (!planNow.equals(history.start().planSha256())) {
            out.add("plan changed: " + (plan.source() == null ? plan.id() : plan.source()) + " ("
                    + Digests.shortForm(history.start().planSha256()) + " -> " + Digests.shortForm(planNow) + ")");
        }
        Map<String, String> then = history.start().files() == null ? Map.of() : history.start().files();
        RunInputs.digests(pending, workingDir).forEach((path, sha) -> {
            if (then.containsKey(path) && !then.get(path).equals(sha)) {
                out.add("file changed: " + path + " (" + Digests.shortForm(then.get(path)) + " -> "
                        + Digests.shortForm(sha) + ")");
            }
        });
        for (String path : then.keySet()) {
            boolean stillPending = pending.stream().anyMatch(s -> path.equals(inputPath(s, workingDir)));
            if (stillPending && RunInputs.digests(pending, workingDir).get(path) == null) {
                out.add("file changed: " + path + " (" + Digests.shortForm(then.get(path)) + " -> absent)");
            }
        }
        return out;
    }

    /**
     * Whether a resume leaves a step alone: done, or skipped while every step it needs is finished
     * too (a step skipped because a step it needs failed runs once that step has run again).
     */
    boolean finished(Plan plan, String stepId) {
        StepState s = history.step(stepId).state();
        if (s == StepState.DONE) {
            return true;
        }
        return s == StepState.SKIPPED && plan.step(stepId).map(step -> step.common().needs().stream()
                .allMatch(n -> finished(plan, n))).orElse(true);
    }

    private static String inputPath(Step s, Path workingDir) {
        String in = RunInputs.inputOf(s);
        return in == null ? null : workingDir.resolve(in).toString();
    }
}
