package dev.planrun.cli;

import dev.planrun.model.Plan;
import dev.planrun.validate.IrreversibleSteps;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun validate PLAN...}: every problem of every file, as {@code file:line:column}. */
@Command(name = "validate", header = "Checks plan files without running anything.",
        description = {"Checks plan files without running anything (it reads the sql",
        "steps' scripts that exist, with the params' defaults; it connects nowhere).",
        "Prints every problem of every file as file:line:column: error: message;",
        "exits 0 when all are valid, else 2."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files (YAML).")
    private List<Path> plans;

    @Override
    public Integer call() {
        PlanFiles files = PlanFiles.readingScripts(root.validator());
        int invalid = 0;
        for (Path file : plans) {
            PlanFiles.Checked checked = files.check(file);
            PlanFiles.print(checked.problems(), spec.commandLine().getErr());
            if (checked.ok()) {
                spec.commandLine().getOut().println(file + ": valid, " + describe(checked.plan().orElseThrow()));
            } else {
                invalid++;
            }
        }
        if (plans.size() > 1 && invalid > 0) {
            spec.commandLine().getErr().println(invalid + " of " + plans.size() + " plans are invalid");
        }
        return invalid == 0 ? ExitCodes.DONE : ExitCodes.USAGE;
    }

    private static String describe(Plan plan) {
        List<String> irreversible = IrreversibleSteps.of(plan);
        int n = plan.steps().size();
        return n + " step" + (n == 1 ? "" : "s") + (irreversible.isEmpty() ? ""
                : ", irreversible: " + String.join(", ", irreversible));
    }
}
