package dev.planrun.cli;

import dev.planrun.events.RunListener;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.configset.ConfigSetStepExecutor;
import dev.planrun.exec.filecopy.FileCopyStepExecutor;
import dev.planrun.exec.manual.ManualStepExecutor;
import dev.planrun.exec.pip.PipStepExecutor;
import dev.planrun.exec.shell.ShellStepExecutor;
import dev.planrun.exec.sql.SqlStepExecutor;
import dev.planrun.journal.RunStore;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.run.ExecutorRegistry;
import dev.planrun.run.RunResult;
import dev.planrun.run.RunServices;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The engine's edges for apply and rollback on this machine: executors, programs, terminal, state. */
final class RunWiring {

    private RunWiring() {
    }

    /** Every step type's executor; the registry refuses to start when one is missing or doubled. */
    static ExecutorRegistry executors() {
        return ExecutorRegistry.of(executorList());
    }

    /** One executor per step type (reviews preview with the same ones). */
    static List<StepExecutor<?>> executorList() {
        return List.of(new ShellStepExecutor(), new FileCopyStepExecutor(), new ConfigSetStepExecutor(),
                new PipStepExecutor(), new ManualStepExecutor(), new SqlStepExecutor());
    }

    /** A progress view on {@code out}: live when planrun runs on a terminal. */
    private static ProgressView progress(PrintWriter out, Map<String, String> environment) {
        int width = 100;
        try {
            width = Integer.parseInt(environment.getOrDefault("COLUMNS", "100"));
        } catch (NumberFormatException ignored) {
            // keep the default
        }
        return new ProgressView(out, System.console() != null, Clock.systemUTC(), width);
    }

    /**
     * Runs an engine operation with the progress view on {@code out} and the terminal (or
     * {@code --yes}) answering manual steps, then prints its result.
     *
     * @return the operation's exit code
     */
    static int run(PlanrunCommand root, RunStore store, boolean yes, PrintWriter out, PrintWriter err,
                   Function<RunServices, RunResult> operation) {
        try (ProgressView progress = progress(out, root.environment())) {
            Confirmer confirmer = new TerminalConfirmer(System.console(), yes, progress);
            RunServices services = RunServices.of(executors(), new CommonsExecProcessRunner(root.environment()),
                    confirmer, store, List.<RunListener>of(progress), root.environment())
                    .withWorkingDir(root.workingDirectory());
            return RunOutcomes.print(operation.apply(services), out, err);
        }
    }
}
