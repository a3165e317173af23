package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.Scope;
import dev.planrun.journal.RunHistory;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.StateDirs;
import dev.planrun.journal.StepState;
import dev.planrun.lock.LockHeldException;
import dev.planrun.lock.RunLock;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code planrun apply}: takes the lock of the plan and params, starts a run (or resumes the
 * latest unfinished one), checks the plan's preconditions before anything changes, runs the steps
 * in graph order and on failure stops or rolls back. Everything is reported to listeners; the
 * result carries the exit code.
 */
public final class ApplyOperation {

    private final RunServices services;
    private final RunOpener opener;

    public ApplyOperation(RunServices services) {
        this.services = services;
        this.opener = new RunOpener(services);
    }

    /** Runs the request; never throws for a plan, step or environment problem (those are results). */
    public RunResult apply(ApplyRequest request) {
        if (request.testRollback()) {
            return new RollbackRehearsal(services, this).rehearse(request);
        }
        Plan plan = request.plan();
        Ordering ordering = PlanGraph.of(plan.steps()).order();
        if (!(ordering instanceof Ordering.Sorted sorted)) {
            return RunResult.withoutRun(RunStatus.INVALID, "the steps of " + plan.id() + " form a cycle: "
                    + ((Ordering.Cyclic) ordering).cycles(), List.of());
        }
        ResolvedParams params = new ParamResolver(services.environment(), ParamResolver.REVIEW_RUN_BUILTINS,
                services.workingDir()).resolve(plan, request.params());
        if (!params.ok()) {
            return RunResult.withoutRun(RunStatus.INVALID, "the parameters are not usable", params.problems());
        }
        String digest = RunParams.digest(plan, params.scope());
        if (!request.resume()) {
            Optional<RunResult> refused = InputCheck.of(sorted.steps(), id -> false, params.scope(), services.executors());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        OnFailure onFailure = request.onFailure() == null ? plan.onFailure() : request.onFailure();
        try (RunLock lock = opener.lock(plan.id(), digest)) {
            return request.resume() ? resume(request, sorted.steps(), digest, onFailure, params.scope())
                    : fresh(request, sorted.steps(), digest, onFailure);
        } catch (LockHeldException e) {
            return RunResult.withoutRun(RunStatus.LOCKED, e.getMessage(), List.of());
        } catch (IOException e) {
            return RunResult.withoutRun(RunStatus.INVALID, StateDirs.unusable(services.store().stateDir(), e),
                    List.of());
        }
    }

    private RunResult fresh(ApplyRequest request, List<Step> order, String digest, OnFailure onFailure)
            throws IOException {
        return begin(request, order, digest, onFailure, services.store().create(request.plan().id(),
                services.clock().instant()));
    }

    /** A run from its first step, in a run directory that has no journal line yet. */
    private RunResult begin(ApplyRequest request, List<Step> order, String digest, OnFailure onFailure,
                            RunLayout layout) throws IOException {
        Plan plan = request.plan();
        return opener.run(plan, order, request.params(), layout, (session, loop) -> {
            session.reporter().emit(opener.started(session, digest, onFailure, request.reviewedSha256()));
            RunResult pre = loop.preconditions();
            return pre != null ? pre : loop.steps(id -> false, onFailure, false);
        });
    }

    private RunResult resume(ApplyRequest request, List<Step> order, String digest, OnFailure onFailure, Scope scope)
            throws IOException {
        Plan plan = request.plan();
        Optional<Resumption> found = Resumption.latest(services.store(), plan.id(), digest, () -> {
            try {
                return !opener.otherLockHeld(plan.id(), digest);
            } catch (IOException e) {
                return false;
            }
        });
        if (found.isEmpty()) {
            return RunResult.withoutRun(RunStatus.NOTHING_TO_RESUME, "no unfinished run of " + plan.id()
                    + " with these parameters under " + services.store().stateDir() + "; apply without --resume",
                    List.of());
        }
        Resumption r = found.get();
        if (r.notStarted()) {
            Optional<RunResult> refused = InputCheck.of(order, id -> false, scope, services.executors());
            if (refused.isPresent()) {
                return refused.get();
            }
            RunResult result = begin(request, order, digest, onFailure, r.layout());
            return new RunResult(result.status(), result.runId(), result.runDir(), "run " + r.layout().runId()
                    + " had stopped before anything started (its journal had no line), so it ran from the start: "
                    + result.message(), result.leftOver(), result.problems());
        }
        Optional<RunResult> refused = InputCheck.of(order, id -> r.finished(plan, id), scope, services.executors());
        if (refused.isPresent()) {
            return refused.get();
        }
        RunHistory history = r.history();
        RunResult running = LeftRunning.refusal(r.layout(), history, scope.masker(), "resume");
        if (running != null) {
            return running;
        }
        if (history.rollingBack()) {
            return new RunResult(RunStatus.INTERRUPTED, r.layout().runId(), r.layout().runDir(), "run "
                    + r.layout().runId() + " stopped in the middle of a rollback; finish it with planrun rollback",
                    List.of(), List.of());
        }
        return opener.run(plan, order, request.params(), r.layout(), (session, loop) -> {
            List<Step> pending = order.stream().filter(s -> !r.finished(plan, s.id()))
                    .map(s -> session.resolver().resolve(s)).toList();
            List<String> changes = r.changes(plan, pending, services.workingDir());
            if (!changes.isEmpty()) {
                return new RunResult(RunStatus.CHANGED, r.layout().runId(), r.layout().runDir(),
                        "cannot resume run " + r.layout().runId() + ": the plan or its files changed since it began",
                        List.of(), changes.stream().map(c -> Problem.error(plan.position(), c)).toList());
            }
            List<String> interrupted = history.inState(StepState.STARTED);
            session.reporter().emit(new RunEvent.RunResumed(session.reporter().now(), r.layout().runId(),
                    history.inState(StepState.DONE), interrupted, ProcessHandle.current().pid()));
            for (String id : interrupted) {
                ResumeSafety safety = resumeSafety(session, history, id);
                if (!safety.safe()) {
                    String log = r.layout().runDir().resolve(RunLayout.stepLogName(history.step(id).index(), id))
                            .toString();
                    session.reporter().failed(id, "interrupted, and not safe to run again: " + safety.reason(), 0,
                            false, false);
                    return loop.result(RunStatus.INTERRUPTED, "step " + id + " was interrupted and is not safe to run"
                            + " again: " + safety.reason() + ". Check what it did (log: " + log + "); then apply"
                            + " --resume again to run it again, or planrun rollback", List.of(id));
                }
            }
            if (history.startOrder().isEmpty()) {
                RunResult pre = loop.preconditions();
                if (pre != null) {
                    return pre;
                }
            }
            return loop.steps(id -> r.finished(plan, id), onFailure, !history.inState(StepState.DONE).isEmpty());
        });
    }

    private ResumeSafety resumeSafety(RunSession session, RunHistory history, String id) {
        Step step = session.resolver().resolve(session.plan().step(id).orElseThrow());
        var ctx = new RunStepContext(session, id, session.layout().stepDir(history.step(id).index(), id));
        return services.executors().resumeSafety(step, ctx);
    }
}
