package dev.planrun.cli;

import dev.planrun.model.Plan;
import dev.planrun.run.RollbackOperation;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun rollback PLAN}: undoes a stopped or finished run, newest step first. */
@Command(name = "rollback", header = "Rolls back a run of a plan, newest step first.",
        description = {"Rolls back a run of a plan (the latest unless --run names one): its completed",
        "steps newest first, each by its declared rollback. Stops at an irreversible step",
        "(rollback: none) or a failed rollback and names what is left (exit 5).",
        "Give the same params as the run (its journal lists them); secrets again."})
final class RollbackCommand implements Callable<Integer> {

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

    @Option(names = "--run", paramLabel = "ID", description = "The run to roll back (default: the latest).")
    private String runId;

    @Option(names = "--yes", description = "Confirm manual rollback steps without asking.")
    private boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Plan> plan = source.read(root, params.inputs(), err);
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return RunWiring.run(root, state.store(root.environment(), root.workingDirectory()), yes, out, err,
                services -> new RollbackOperation(services).rollback(plan.get(), params.inputs(), runId));
    }
}
