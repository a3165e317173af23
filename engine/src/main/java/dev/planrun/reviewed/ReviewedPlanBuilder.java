package dev.planrun.reviewed;

import dev.planrun.interp.NonSecretValues;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.review.CheckReview;
import dev.planrun.review.Review;
import dev.planrun.review.StepReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the reviewed plan of a review: the plan texts, the non-secret param values the review
 * resolved, the digest of every file the steps read, and the results of the checks the review
 * evaluated. Secret values go nowhere in it.
 */
public final class ReviewedPlanBuilder {

    private final String engineVersion;
    private final Clock clock;
    private final Path workingDir;

    /** @param workingDir base of relative file paths in steps */
    public ReviewedPlanBuilder(String engineVersion, Clock clock, Path workingDir) {
        this.engineVersion = engineVersion;
        this.clock = clock;
        this.workingDir = workingDir;
    }

    /**
     * @param plans  the texts the plan was read from (one file, or the catalog hops)
     * @param chain  the catalog selection (null for a plan file)
     * @param plan   the plan reviewed (chained when there are several hops)
     * @param params its resolved params
     * @param review the review of it
     */
    public ReviewedPlan build(List<ReviewedPlan.PlanText> plans, ReviewedPlan.ChainSelection chain, Plan plan,
                              ResolvedParams params, Review review) {
        return new ReviewedPlan(ReviewedPlan.FORMAT, engineVersion, clock.instant().toString(), List.copyOf(plans),
                chain, NonSecretValues.of(plan, params.scope()), plan.params().values().stream().filter(ParamSpec::secret)
                .map(ParamSpec::name).toList(), files(plan, params), checks(review));
    }

    /** A plan text as the reviewed file keeps it: {@code path} for a file, {@code resource} for a catalog plan. */
    public static ReviewedPlan.PlanText text(String path, String resource, String text) {
        return new ReviewedPlan.PlanText(path, resource, Digests.sha256(text), text);
    }

    private List<ReviewedPlan.FileEntry> files(Plan plan, ResolvedParams params) {
        StepResolver resolver = new StepResolver(params.scope());
        Map<String, ReviewedPlan.FileEntry> out = new LinkedHashMap<>();
        for (Step step : plan.steps()) {
            Step resolved;
            try {
                resolved = resolver.resolve(step);
            } catch (UnresolvedReferenceException e) {
                continue; // the review lists it as a problem, and apply refuses the plan
            }
            PlanInputs.of(resolved).filter(f -> !f.contains("<run.")).ifPresent(f -> {
                Path path = workingDir.resolve(f).toAbsolutePath().normalize();
                out.computeIfAbsent(path.toString(), k -> new ReviewedPlan.FileEntry(k, PlanInputs.digest(path),
                        size(path), step.id()));
            });
        }
        return List.copyOf(out.values());
    }

    private static Long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<ReviewedPlan.CheckEntry> checks(Review review) {
        List<ReviewedPlan.CheckEntry> out = new ArrayList<>();
        review.preconditions().forEach(c -> out.add(entry("plan", c)));
        for (StepReview s : review.steps()) {
            if (s.when() != null) {
                out.add(entry("step " + s.id() + " (when)", s.when()));
            }
            s.preconditions().forEach(c -> out.add(entry("step " + s.id(), c)));
        }
        return out;
    }

    private static ReviewedPlan.CheckEntry entry(String where, CheckReview c) {
        CheckReview.Result r = c.result();
        return new ReviewedPlan.CheckEntry(where, c.line(), r == null ? "not evaluated" : r.status(),
                r == null ? null : r.detail());
    }
}
