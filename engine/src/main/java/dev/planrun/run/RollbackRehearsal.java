package dev.planrun.run;

import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.rehearsal.StateProbe;
import dev.planrun.rehearsal.StateSnapshot;
import dev.planrun.review.PreviewContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code apply --test-rollback}: the same apply and rollback operations, in a row. The state the
 * plan touches is captured, the plan applied, the run rolled back, the state compared with the
 * start, and the plan applied again. It stops before anything runs when a step is irreversible or
 * the state cannot be read, and after the rollback (exit 5) when the state differs.
 */
final class RollbackRehearsal {

    private static final int SHOWN_PER_PART = 20;

    private final RunServices services;
    private final ApplyOperation apply;

    RollbackRehearsal(RunServices services, ApplyOperation apply) {
        this.services = services;
        this.apply = apply;
    }

    RunResult rehearse(ApplyRequest request) {
        Plan plan = request.plan();
        List<String> irreversible = plan.steps().stream().filter(s -> s.common().rollback().irreversible())
                .map(Step::id).toList();
        if (!irreversible.isEmpty()) {
            return RunResult.withoutRun(RunStatus.NOT_REHEARSABLE, "cannot rehearse the rollback of " + plan.id()
                    + ": step(s) " + String.join(", ", irreversible) + " are irreversible (rollback: none); nothing"
                    + " was run", List.of());
        }
        ResolvedParams params = new ParamResolver(services.environment(), ParamResolver.REVIEW_RUN_BUILTINS,
                services.workingDir()).resolve(plan, request.params());
        if (!params.ok()) {
            return RunResult.withoutRun(RunStatus.INVALID, "the parameters are not usable", params.problems());
        }
        StateProbe probe = new StateProbe(services.store().stateDir());
        StateSnapshot start;
        try {
            start = capture(probe, plan, params);
        } catch (IOException e) {
            return RunResult.withoutRun(RunStatus.NOT_REHEARSABLE, "cannot rehearse the rollback of " + plan.id()
                    + ": " + params.scope().masker().mask(e.getMessage()) + "; nothing was run", List.of());
        }
        ApplyRequest once = new ApplyRequest(plan, request.params(), request.onFailure(), false,
                request.reviewedSha256(), false);
        RunResult first = apply.apply(once);
        if (first.status() != RunStatus.DONE) {
            return first;
        }
        RunResult undone = new RollbackOperation(services).rollback(plan, request.params(), first.runId());
        if (undone.status() != RunStatus.ROLLBACK_DONE) {
            return undone;
        }
        StateSnapshot after;
        try {
            after = capture(probe, plan, params);
        } catch (IOException e) {
            return new RunResult(RunStatus.ROLLBACK_INCOMPLETE, first.runId(), first.runDir(), "rollback rehearsal:"
                    + " the state after the rollback cannot be read: " + params.scope().masker().mask(e.getMessage()),
                    List.of(), List.of());
        }
        StateSnapshot.Comparison c = after.compareWith(start, params.scope().masker(), SHOWN_PER_PART);
        String notes = c.notes().isEmpty() ? "" : "; not compared (PostgreSQL never rolls sequences back): "
                + String.join("; ", c.notes());
        if (!c.equal()) {
            return new RunResult(RunStatus.ROLLBACK_INCOMPLETE, first.runId(), first.runDir(), "rollback rehearsal:"
                    + " after rolling back run " + first.runId() + " the state differs from the start in "
                    + c.differences().size() + " place(s); the plan was not applied again:\n  "
                    + String.join("\n  ", c.differences()) + notes, List.of(), List.of());
        }
        RunResult again = apply.apply(once);
        String rehearsed = "rollback rehearsal: run " + first.runId() + " applied and rolled back to the starting"
                + " state (" + start.parts().size() + " parts compared" + notes + "), then applied again: ";
        return new RunResult(again.status(), again.runId(), again.runDir(), rehearsed + again.message(),
                again.leftOver(), again.problems());
    }

    private StateSnapshot capture(StateProbe probe, Plan plan, ResolvedParams params) throws IOException {
        StepResolver resolver = new StepResolver(params.scope());
        List<Step> steps = new ArrayList<>();
        Map<String, ConnectionSpec> connections = new LinkedHashMap<>();
        try {
            for (Step s : plan.steps()) {
                steps.add(resolver.resolve(s));
            }
            plan.connections().forEach((name, spec) -> connections.put(name, resolver.connection(spec)));
        } catch (UnresolvedReferenceException e) {
            throw new IOException(e.getMessage(), e);
        }
        PreviewContext context = new PreviewContext(services.processes(), services.connector().apply(connections),
                params.scope().masker(), services.environment(), services.clock());
        return probe.capture(steps, connections, context);
    }
}
