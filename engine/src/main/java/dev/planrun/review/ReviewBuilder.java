package dev.planrun.review;

import dev.planrun.check.Durations;
import dev.planrun.exec.StepPreview;
import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.Masker;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Located;
import dev.planrun.model.ManualStep;
import dev.planrun.model.Plan;
import dev.planrun.model.Rollback;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review.ConnectionReview;
import dev.planrun.review.Review.PlanInfo;
import dev.planrun.review.StepReview.RollbackReview;
import dev.planrun.review.StepReview.RollbackReview.Kind;
import dev.planrun.reviewed.Digests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Builds the {@link Review} of a valid plan: orders its steps, resolves them with the params'
 * scope, asks the previewer what each will do, and evaluates conditions when an evaluator is
 * given. Every text that goes into the review is masked.
 */
public final class ReviewBuilder {

    private final StepPreviewer previewer;
    private final ConditionEvaluator evaluator;

    /** @param evaluator null: conditions are shown as written, not evaluated */
    public ReviewBuilder(StepPreviewer previewer, ConditionEvaluator evaluator) {
        this.previewer = previewer;
        this.evaluator = evaluator;
    }

    /**
     * @param plan   a plan that passed validation (its steps can be ordered)
     * @param params the plan's resolved params
     * @throws IllegalArgumentException when the steps form a cycle (validation reports those)
     */
    public Review build(Plan plan, ResolvedParams params) {
        PlanGraph graph = PlanGraph.of(plan.steps());
        Ordering ordering = graph.order();
        if (!(ordering instanceof Ordering.Sorted sorted)) {
            throw new IllegalArgumentException("the plan's steps form a cycle: "
                    + ((Ordering.Cyclic) ordering).cycles().get(0).path());
        }
        Masker masker = params.scope().masker();
        StepResolver resolver = new StepResolver(params.scope());
        CheckReviews checks = new CheckReviews(resolver, masker, evaluator);
        List<Problem> problems = new ArrayList<>();

        List<ConnectionReview> connections = new ArrayList<>();
        for (ConnectionSpec spec : plan.connections().values()) {
            ConnectionSpec c = resolveOr(problems, spec, "connection '" + spec.name() + "'",
                    () -> resolver.connection(spec), spec);
            boolean password = spec.password() != null && !spec.password().isBlank();
            connections.add(new ConnectionReview(spec.name(), masker.mask(c.url()), masker.mask(c.user()), password));
        }
        List<CheckReview> preconditions = new ArrayList<>();
        plan.preconditions().forEach(check -> preconditions.add(resolveOr(problems, check, "plan precondition",
                () -> checks.review(check), checks.unresolved(check))));

        List<StepReview> steps = new ArrayList<>(plan.steps().size());
        for (Step step : sorted.steps()) {
            steps.add(step(steps.size() + 1, step, resolver, masker, checks, problems));
        }
        return new Review(info(plan), params.params(), connections, preconditions, steps, graph, evaluator != null,
                problems, null);
    }

    private StepReview step(int number, Step step, StepResolver resolver, Masker masker, CheckReviews checks,
                            List<Problem> problems) {
        String what = "step '" + step.id() + "'";
        int before = problems.size();
        Step resolved = resolveOr(problems, step, what, () -> resolver.resolve(step), step);
        boolean ok = problems.size() == before; // else its checks are shown as written, not evaluated
        StepPreview preview = preview(resolved);
        preview.errors().forEach(e -> problems.add(new Problem(e.severity(), e.position(),
                what + ": " + masker.mask(e.message()))));
        StepCommon c = step.common();
        CheckReview when = c.when() == null ? null : ok ? checks.review(c.when()) : checks.unresolved(c.when());
        List<CheckReview> pre = new ArrayList<>();
        c.preconditions().forEach(k -> pre.add(ok ? checks.review(k) : checks.unresolved(k)));
        String retries = c.retries() == null ? null : c.retries().count() + " more attempt(s)"
                + (c.retries().delay() == null ? "" : ", " + Durations.format(c.retries().delay()) + " apart");
        return new StepReview(number, step.id(), masker.mask(resolved.common().title()), step.type(), c.needs(),
                masker.mask(preview.summary()), preview.details().stream().map(masker::mask).toList(),
                preview.warnings().stream().map(masker::mask).toList(), rollback(resolved, masker), when, pre,
                c.timeout() == null ? null : Durations.format(c.timeout()), retries, c.continueOnError(), c.tags(),
                c.source(), step instanceof ManualStep);
    }

    private StepPreview preview(Step resolved) {
        try {
            return previewer.preview(resolved);
        } catch (RuntimeException e) {
            StepPreview fields = new FieldPreviewer().preview(resolved);
            return new StepPreview(fields.summary(), fields.details(),
                    List.of("the preview could not look further: " + e.getMessage()), List.of());
        }
    }

    private RollbackReview rollback(Step step, Masker masker) {
        Rollback r = step.common().rollback();
        if (r instanceof Rollback.Inline inline) {
            return new RollbackReview(Kind.INLINE, "inline: " + masker.mask(preview(inline.body()).summary()));
        }
        if (r instanceof Rollback.Auto) {
            return new RollbackReview(Kind.AUTO, "auto: " + masker.mask(AutoRollbacks.describe(step)));
        }
        if (r instanceof Rollback.None) {
            return new RollbackReview(Kind.IRREVERSIBLE, "irreversible");
        }
        return new RollbackReview(Kind.UNDECLARED, "no rollback declared");
    }

    private static PlanInfo info(Plan plan) {
        String file = plan.source() == null ? null : plan.source().toAbsolutePath().toString();
        String sha256 = null;
        if (plan.source() != null) {
            try {
                sha256 = Digests.sha256(plan.source());
            } catch (IOException e) {
                sha256 = null; // the review says the digest is unknown
            }
        }
        return new PlanInfo(plan.id(), plan.title(), plan.product(), plan.from(), plan.to(), plan.description(),
                plan.reference(), plan.onFailure().name().toLowerCase(Locale.ROOT), file, sha256);
    }

    /** The resolved value, or the fallback with a problem when a reference cannot be resolved. */
    private static <T> T resolveOr(List<Problem> problems, Located at, String what, Supplier<T> resolve, T fallback) {
        try {
            return resolve.get();
        } catch (UnresolvedReferenceException e) {
            problems.add(Problem.error(at.position(), what + ": " + e.getMessage()));
            return fallback;
        }
    }
}
