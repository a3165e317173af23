package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.journal.JournalReader;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.RunLayout;
import dev.planrun.lock.LockHeldException;
import dev.planrun.lock.RunLock;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code planrun rollback}: undoes a stopped or finished run of a plan, newest step first, under
 * the run's lock, journaled in the run's own journal. The plan and the params must be those of
 * the run (the journal records them); secret params are given again.
 */
public final class RollbackOperation {

    private final RunServices services;
    private final RunOpener opener;

    public RollbackOperation(RunServices services) {
        this.services = services;
        this.opener = new RunOpener(services);
    }

    /**
     * @param runId the run to roll back (null: the plan's latest run)
     */
    public RunResult rollback(Plan plan, ParamInputs params, String runId) {
        Ordering ordering = PlanGraph.of(plan.steps()).order();
        if (!(ordering instanceof Ordering.Sorted sorted)) {
            return RunResult.withoutRun(RunStatus.INVALID, "the steps of " + plan.id() + " form a cycle", List.of());
        }
        ResolvedParams resolved = new ParamResolver(services.environment(), ParamResolver.REVIEW_RUN_BUILTINS,
                services.workingDir()).resolve(plan, params);
        if (!resolved.ok()) {
            return RunResult.withoutRun(RunStatus.INVALID, "the parameters are not usable", resolved.problems());
        }
        try {
            Optional<RunLayout> run = runId == null ? services.store().runs(plan.id()).stream().findFirst()
                    : services.store().find(plan.id(), runId);
            if (run.isEmpty()) {
                return RunResult.withoutRun(RunStatus.NOTHING_TO_RESUME, (runId == null ? "no run" : "no run " + runId)
                        + " of " + plan.id() + " under " + services.store().stateDir(), List.of());
            }
            RunLayout layout = run.get();
            List<RunEvent> events = new JournalReader().read(layout.journal());
            if (events.isEmpty()) {
                return new RunResult(RunStatus.ROLLBACK_DONE, layout.runId(), layout.runDir(), "run " + layout.runId()
                        + " stopped before anything started (its journal has no line): nothing to roll back"
                        + (runId == null ? "; give --run ID to roll back an earlier run" : ""), List.of(), List.of());
            }
            RunHistory history = RunHistory.of(events);
            String digest = RunParams.digest(plan, resolved.scope());
            RunResult refused = refusal(plan, layout, history, digest, RunParams.nonSecret(plan, resolved.scope()));
            if (refused != null) {
                return refused;
            }
            try (RunLock lock = opener.lock(plan.id(), digest)) {
                RunResult running = LeftRunning.refusal(layout, history, resolved.scope().masker(), "roll back");
                if (running != null) {
                    return running;
                }
                return opener.run(plan, sorted.steps(), params, layout, (session, loop) -> {
                    RollbackWalker.Outcome o = loop.rollBack(history, "rollback of run " + layout.runId() + " requested");
                    return loop.result(o.complete() ? RunStatus.ROLLBACK_DONE : RunStatus.ROLLBACK_INCOMPLETE,
                            o.message(), o.leftOver());
                });
            }
        } catch (LockHeldException e) {
            return RunResult.withoutRun(RunStatus.LOCKED, e.getMessage(), List.of());
        } catch (IOException e) {
            return RunResult.withoutRun(RunStatus.FAILED, "cannot read the run: " + e.getMessage(), List.of());
        }
    }

    /** Why this plan and these params are not the run's, or null when they are. */
    private static RunResult refusal(Plan plan, RunLayout layout, RunHistory history, String digest,
                                     Map<String, Object> params) {
        String planNow = RunInputs.planDigest(plan);
        List<String> changes = new java.util.ArrayList<>();
        if (!planNow.equals(history.start().planSha256())) {
            changes.add("plan changed since run " + layout.runId() + " began");
        }
        if (!digest.equals(history.start().paramsDigest())) {
            var then = history.start().params();
            var names = new java.util.TreeSet<>(then.keySet());
            names.addAll(params.keySet());
            String differing = names.stream().filter(n -> !String.valueOf(then.get(n)).equals(String.valueOf(params.get(n))))
                    .collect(Collectors.joining(", "));
            changes.add("the parameters differ from the run's (" + (differing.isEmpty() ? "secret parameters" : differing)
                    + "); its journal lists the values it ran with");
        }
        if (changes.isEmpty()) {
            return null;
        }
        return new RunResult(RunStatus.CHANGED, layout.runId(), layout.runDir(), "cannot roll back run "
                + layout.runId() + ": " + String.join("; ", changes), List.of(),
                changes.stream().map(c -> Problem.error(plan.position(), c)).toList());
    }
}
