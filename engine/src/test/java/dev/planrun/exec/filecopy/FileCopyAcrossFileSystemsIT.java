package dev.planrun.exec.filecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.planrun.model.FileCopyStep;
import dev.planrun.model.FileCopyStep.Mode;
import dev.planrun.model.FileCopyStep.Overwrite;
import dev.planrun.testkit.StepHarness;
import dev.planrun.testkit.TestSteps;
import dev.planrun.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A move between two file systems (the temporary directory and /dev/shm, a tmpfs, where there is one). */
class FileCopyAcrossFileSystemsIT {

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;
    private Path other;

    @AfterEach
    void removeOther() throws IOException {
        if (other != null) {
            FileTrees.delete(other);
        }
    }

    @Test
    void a_move_to_another_file_system_copies_then_removes_and_rolls_back() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(sandbox)), "no second file system at hand");
        other = Files.createTempDirectory(shm, "planrun-move-");
        Path release = Files.createDirectories(sandbox.resolve("release/bin"));
        Files.writeString(release.resolve("omero"), "#!/bin/sh\n");
        Files.createSymbolicLink(release.resolve("python"), Path.of("omero"));
        FileCopyStep step = new FileCopyStep(TestSteps.common("move"), sandbox + "/release", other + "/release",
                Mode.MOVE, Overwrite.FALSE, false);
        StepHarness<FileCopyStep> harness = new StepHarness<>(new FileCopyStepExecutor(), runs,
                () -> List.of(TreeSnapshot.of(sandbox), TreeSnapshot.of(other)));

        harness.rollbackRestores(step);
        harness.apply(step);

        assertThat(sandbox.resolve("release")).doesNotExist();
        assertThat(Files.readSymbolicLink(other.resolve("release/bin/python"))).isEqualTo(Path.of("omero"));
    }
}
