package dev.planrun.cli;

import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code planrun plan PLAN}: the dry-run review. It changes nothing. */
@Command(name = "plan", description = {"Shows the dry-run review of a plan; changes nothing.",
        "Lists every step in run order, fully resolved (secrets masked): what it will",
        "do, how it is undone, and its conditions evaluated read-only.",
        "Exits 3 when a plan precondition does not hold now.",
        "--out FILE also writes the reviewed file for 'planrun apply FILE' (docs/reviewed-plans.md)."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Mixin
    private PlanSource source;

    @Mixin
    private ParamOptions params;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (the default), markdown (for a change ticket) or json (planrun-plan/1).")
    private ReviewRenderer renderer;

    @Option(names = "--offline", description = "Do not evaluate checks that need a database connection or a program.")
    private boolean offline;

    @Mixin
    private ReviewedFileOption reviewedFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = reviewedFile.refusal(root);
        if (refusal.isPresent()) {
            err.println("planrun: " + refusal.get());
            return ExitCodes.USAGE;
        }
        return review(root, source.read(root, params.inputs(), err), params.inputs(), renderer, offline,
                (plan, resolved, review) -> reviewedFile.write(root, source, plan, resolved, review, err),
                spec.commandLine().getOut(), err);
    }

    /** What a review may add before it is shown: the reviewed file written with it. */
    interface Annotation {
        Annotation NONE = (plan, params, review) -> review;

        Review annotate(Plan plan, ResolvedParams params, Review review) throws IOException;
    }

    /**
     * The review of a plan, printed: what {@code plan} shows and {@code apply --dry-run} too
     * (one code path for both).
     *
     * @param plan the plan read (empty: it was not valid, its problems are printed)
     * @return the exit code: 0, 1 (the reviewed file could not be written), 2 (invalid plan or
     *         params) or 3 (a plan precondition fails now)
     */
    static int review(PlanrunCommand root, Optional<Plan> plan, ParamInputs inputs, ReviewRenderer renderer,
                      boolean offline, Annotation annotation, PrintWriter out, PrintWriter err) {
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        ResolvedParams resolved = new ParamResolver(root.environment(), ParamResolver.REVIEW_RUN_BUILTINS,
                root.workingDirectory()).resolve(plan.get(), inputs);
        PlanFiles.print(resolved.problems(), err);
        if (!resolved.ok()) {
            return ExitCodes.USAGE;
        }
        Review review = new ReviewSetup(root.environment()).review(plan.get(), resolved, offline);
        if (!Problem.anyError(review.problems())) {
            try {
                review = annotation.annotate(plan.get(), resolved, review);
            } catch (IOException e) {
                err.println("planrun: cannot write the reviewed file: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        renderer.render(review, out);
        out.flush();
        PlanFiles.print(review.problems(), err);
        if (Problem.anyError(review.problems())) {
            return ExitCodes.USAGE;
        }
        boolean preconditionFails = review.preconditions().stream()
                .anyMatch(c -> c.result() != null && "fails".equals(c.result().status()));
        if (preconditionFails) {
            err.println("planrun: a plan precondition does not hold now: apply would stop before the first step");
            return ExitCodes.PRECONDITION;
        }
        return ExitCodes.DONE;
    }

    /** {@code text}, {@code markdown} or {@code json}; anything else is a usage error. */
    static final class FormatConverter implements ITypeConverter<ReviewRenderer> {
        @Override
        public ReviewRenderer convert(String value) {
            try {
                return ReviewRenderer.forFormat(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected text, markdown or json, got '" + value + "'");
            }
        }
    }
}
