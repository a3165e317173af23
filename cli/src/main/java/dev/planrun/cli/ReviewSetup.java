package dev.planrun.cli;

import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.DriverConnector;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Plan;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.review.FieldPreviewer;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wires a review for the command line: the plan's connections and the machine's programs for
 * checks (none of them when offline), step descriptions from their fields.
 */
final class ReviewSetup {

    private final Map<String, String> environment;

    ReviewSetup(Map<String, String> environment) {
        this.environment = environment;
    }

    Review review(Plan plan, ResolvedParams params, boolean offline) {
        CheckContext context = CheckContext.of(params.scope(), new DriverConnector(connections(plan, params)),
                new CommonsExecProcessRunner(environment), plan.directory());
        CheckContext checks = offline ? context.asOffline() : context;
        CheckEvaluator evaluator = new CheckEvaluator();
        return new ReviewBuilder(new FieldPreviewer(), check -> evaluator.evaluate(check, checks)).build(plan, params);
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
