package dev.planrun.exec.filecopy;

import dev.planrun.model.FileCopyStep;
import dev.planrun.model.FileCopyStep.Mode;
import dev.planrun.model.FileCopyStep.Overwrite;
import dev.planrun.testkit.TestStepContext;
import dev.planrun.testkit.TestSteps;
import java.nio.file.Path;

/** Applies one copy step in a process of its own, so that a test can kill it half-way. */
public final class CopyInChildProcess {

    private CopyInChildProcess() {
    }

    /** Arguments: runs directory, from, to. */
    public static void main(String[] args) throws Exception {
        FileCopyStep step = new FileCopyStep(TestSteps.common("copy"), args[1], args[2], Mode.COPY, Overwrite.TRUE, false);
        new FileCopyStepExecutor().apply(step, TestStepContext.create(Path.of(args[0]), "killed", "copy"));
    }
}
