package dev.planrun.cli;

import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.Connector;
import dev.planrun.check.DriverConnector;
import dev.planrun.exec.StepExecutor;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Plan;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.review.ExecutorPreviewer;
import dev.planrun.review.FieldPreviewer;
import dev.planrun.review.PreviewContext;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewBuilder;
import dev.planrun.review.StepPreviewer;
import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wires a review for the command line: the plan's connections and the machine's programs for
 * checks and previews (neither when offline), step previews by their executors.
 */
final class ReviewSetup {

    /** The executors that preview the steps: the ones apply runs them with. */
    private static final List<StepExecutor<?>> EXECUTORS = RunWiring.executorList();

    private static final Connector OFFLINE_CONNECTIONS = name -> {
        throw new java.sql.SQLException("not connected: the review is offline");
    };

    private final Map<String, String> environment;

    ReviewSetup(Map<String, String> environment) {
        this.environment = environment;
    }

    Review review(Plan plan, ResolvedParams params, boolean offline) {
        DriverConnector connector = new DriverConnector(connections(plan, params));
        CommonsExecProcessRunner processes = new CommonsExecProcessRunner(environment);
        CheckContext context = CheckContext.of(params.scope(), connector, processes, plan.directory());
        CheckContext checks = offline ? context.asOffline() : context;
        CheckEvaluator evaluator = new CheckEvaluator();
        // offline: executors preview from files only (no programs run, no connection opened)
        PreviewContext previews = new PreviewContext(offline ? PreviewContext.OFFLINE : processes,
                offline ? OFFLINE_CONNECTIONS : connector,
                params.scope().masker(), environment, Clock.systemUTC());
        StepPreviewer previewer = new ExecutorPreviewer(EXECUTORS, previews, new FieldPreviewer());
        return new ReviewBuilder(previewer, check -> evaluator.evaluate(check, checks)).build(plan, params);
    }

    /** The connections that resolve; the review reports the others. */
    private static Map<String, ConnectionSpec> connections(Plan plan, ResolvedParams params) {
        StepResolver resolver = new StepResolver(params.scope());
        Map<String, ConnectionSpec> out = new LinkedHashMap<>();
        plan.connections().forEach((name, spec) -> {
            try {
                out.put(name, resolver.connection(spec));
            } catch (UnresolvedReferenceException e) {
                // left out: checks on it are "not evaluated", the review lists the problem
            }
        });
        return out;
    }
}
