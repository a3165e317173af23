package dev.planrun.run;

import dev.planrun.exec.configset.ConfigSetStepExecutor;
import dev.planrun.exec.filecopy.FileCopyStepExecutor;
import dev.planrun.exec.manual.ManualStepExecutor;
import dev.planrun.exec.pip.PipStepExecutor;
import dev.planrun.exec.shell.ShellStepExecutor;
import dev.planrun.exec.sql.SqlStepExecutor;
import dev.planrun.interp.ParamInputs;
import dev.planrun.journal.RunStore;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.process.CommonsExecProcessRunner;
import java.nio.file.Path;
import java.util.List;

/** Applies a plan file with the real executors, in a process of its own that a test can kill. */
public final class ApplyInChildProcess {

    private ApplyInChildProcess() {
    }

    /** The engine's real executors and programs over a state directory. */
    static RunServices services(Path stateDir) {
        ExecutorRegistry executors = ExecutorRegistry.of(List.of(new ShellStepExecutor(), new FileCopyStepExecutor(),
                new ConfigSetStepExecutor(), new PipStepExecutor(), new ManualStepExecutor(), new SqlStepExecutor()));
        return RunServices.of(executors, new CommonsExecProcessRunner(System.getenv()), null, new RunStore(stateDir),
                List.of(), System.getenv());
    }

    static Plan load(Path planFile) {
        return new PlanLoader().load(planFile).plan().orElseThrow();
    }

    /** Arguments: state directory, plan file. */
    public static void main(String[] args) {
        RunResult r = new ApplyOperation(services(Path.of(args[0])))
                .apply(new ApplyRequest(load(Path.of(args[1])), ParamInputs.NONE, null, false));
        System.exit(r.exitCode());
    }
}
