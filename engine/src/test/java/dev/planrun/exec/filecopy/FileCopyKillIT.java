package dev.planrun.exec.filecopy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.FileCopyStep;
import dev.planrun.model.FileCopyStep.Mode;
import dev.planrun.model.FileCopyStep.Overwrite;
import dev.planrun.testkit.TestStepContext;
import dev.planrun.testkit.TestSteps;
import dev.planrun.testkit.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCopyKillIT {

    private static final int FILES = 4000;

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;

    @Test
    void a_copy_killed_half_way_is_rolled_back_to_the_earlier_state() throws Exception {
        Path from = Files.createDirectories(sandbox.resolve("release"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(Files.createDirectories(from.resolve("d" + i % 40)).resolve("f" + i), "content " + i);
        }
        Path to = sandbox.resolve("installed");
        Files.createDirectories(to.resolve("old"));
        Files.writeString(to.resolve("old/config"), "keep me");
        TreeSnapshot before = TreeSnapshot.of(sandbox);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CopyInChildProcess.class.getName(),
                runs.toString(), from.toString(), to.toString()).inheritIO().start();
        long copied = waitForPartialCopy(to);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(copied).as("files copied when killed").isBetween(1L, (long) FILES - 1);
        FileCopyStep step = new FileCopyStep(TestSteps.common("copy"), from.toString(), to.toString(), Mode.COPY,
                Overwrite.TRUE, false);
        new FileCopyStepExecutor().rollback(step, TestStepContext.create(runs, "killed", "copy"));
        assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
    }

    private static long waitForPartialCopy(Path to) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(to.resolve("d0"))) {
                try (Stream<Path> walk = Files.walk(to)) {
                    long files = walk.filter(Files::isRegularFile).count();
                    if (files > 0) {
                        return files;
                    }
                } catch (java.io.UncheckedIOException racing) {
                    // the copy changed the tree while it was walked: look again
                }
            }
            Thread.sleep(2);
        }
        return 0;
    }
}
