package dev.planrun.run;

import dev.planrun.check.CheckContext;
import dev.planrun.check.Connector;
import dev.planrun.interp.Masker;
import dev.planrun.interp.Scope;
import dev.planrun.interp.StepResolver;
import dev.planrun.journal.RunLayout;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run as it happens: the plan in run order, the scope with {@code run.dir} and {@code run.id},
 * the run directory and the reporter. Built once per apply or rollback.
 */
final class RunSession {

    private final Plan plan;
    private final List<Step> order;
    private final Scope scope;
    private final RunLayout layout;
    private final RunServices services;
    private final Reporter reporter;
    private final StepResolver resolver;
    private Connector connector;
    private final DatabaseLocks locks = new DatabaseLocks(this);

    RunSession(Plan plan, List<Step> order, Scope scope, RunLayout layout, RunServices services, Reporter reporter) {
        this.plan = plan;
        this.order = List.copyOf(order);
        this.scope = scope;
        this.layout = layout;
        this.services = services;
        this.reporter = reporter;
        this.resolver = new StepResolver(scope);
    }

    Plan plan() {
        return plan;
    }

    List<Step> order() {
        return order;
    }

    RunLayout layout() {
        return layout;
    }

    RunServices services() {
        return services;
    }

    Reporter reporter() {
        return reporter;
    }

    StepResolver resolver() {
        return resolver;
    }

    Scope scope() {
        return scope;
    }

    Masker masker() {
        return scope.masker();
    }

    /** 1-based position of a step in the run order. */
    int indexOf(String stepId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(stepId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no step " + stepId + " in plan " + plan.id());
    }

    Path stepDir(String stepId) {
        return layout.stepDir(indexOf(stepId), stepId);
    }

    RunStepContext context(String stepId) {
        return new RunStepContext(this, stepId, stepDir(stepId));
    }

    /** The advisory locks of the databases the run's sql steps work on. */
    DatabaseLocks locks() {
        return locks;
    }

    /** JDBC connections from the plan's connection specs, resolved against the run's scope. */
    synchronized Connector connector() {
        if (connector == null) {
            connector = services.connector().apply(connectionSpecs());
        }
        return connector;
    }

    /** The plan's connection specs, resolved against the run's scope. */
    Map<String, ConnectionSpec> connectionSpecs() {
        Map<String, ConnectionSpec> resolved = new LinkedHashMap<>();
        plan.connections().forEach((name, spec) -> resolved.put(name, resolver.connection(spec)));
        return resolved;
    }

    /** What checks of this run may touch. */
    CheckContext checkContext() {
        return new CheckContext(scope, connector(), services.processes(), services.workingDir(), services.clock(),
                services.sleeper(), false, null);
    }
}
