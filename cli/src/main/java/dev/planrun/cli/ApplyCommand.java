package dev.planrun.cli;

import dev.planrun.model.OnFailure;
import dev.planrun.review.ReviewRenderer;
import dev.planrun.model.Plan;
import dev.planrun.run.ApplyOperation;
import dev.planrun.run.ApplyRequest;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun apply PLAN}: runs a plan, or with {@code --dry-run} shows the review {@code plan} shows. */
@Command(name = "apply", description = {"Applies a plan: checks its preconditions, runs its steps in order under a lock,",
        "journals every step and on failure stops or rolls back.",
        "--resume continues the latest unfinished run of the same plan and params.",
        "Manual steps ask on the terminal; --yes confirms them. Without a terminal and",
        "without --yes the run stops 'waiting for confirmation' (exit 1): apply --resume --yes continues it."})
final class ApplyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Mixin
    private PlanSource source;

    @Mixin
    private ParamOptions params;

    @Mixin
    private StateDirOption state;

    @Option(names = "--dry-run", description = "Show what apply would do (the review of 'planrun plan'); change nothing.")
    private boolean dryRun;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = PlanCommand.FormatConverter.class,
            description = "With --dry-run: text (the default), markdown or json, as 'planrun plan'.")
    private ReviewRenderer renderer;

    @Option(names = "--offline", description = "With --dry-run: do not evaluate checks needing a connection or a program.")
    private boolean offline;

    @Option(names = "--resume", description = "Continue the latest unfinished run of this plan with these params.")
    private boolean resume;

    @Option(names = "--yes", description = "Confirm manual steps without asking.")
    private boolean yes;

    @Option(names = "--on-failure", paramLabel = "stop|rollback",
            description = "What a failed step does (default: the plan's on-failure).")
    private OnFailure onFailure;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun) {
            return PlanCommand.review(root, source, params.inputs(), renderer, offline, out, err);
        }
        Optional<Plan> plan = source.read(root, params.inputs(), err);
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return RunWiring.run(root, state.store(root.environment(), root.workingDirectory()), yes, out, err,
                services -> new ApplyOperation(services).apply(new ApplyRequest(plan.get(), params.inputs(), onFailure,
                        resume)));
    }
}
