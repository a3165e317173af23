package dev.planrun.cli;

import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewRenderer;
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
        "Exits 3 when a plan precondition does not hold now."})
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

    @Override
    public Integer call() {
        return review(root, source, params.inputs(), renderer, offline, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /**
     * The review of a plan file, printed: what {@code plan} shows and {@code apply --dry-run} too
     * (one code path for both).
     *
     * @return the exit code: 0, 2 (invalid plan or params) or 3 (a plan precondition fails now)
     */
    static int review(PlanrunCommand root, PlanSource source, ParamInputs inputs, ReviewRenderer renderer,
                      boolean offline, PrintWriter out, PrintWriter err) {
        Optional<Plan> plan = source.read(root, inputs, err);
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
