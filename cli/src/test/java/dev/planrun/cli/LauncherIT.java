package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./planrun launcher, run for real on the jar this build packaged. */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int code, String out) {
    }

    private static Result run(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), out);
    }

    @Test
    void runsTheJarAndKeepsAClassDataArchiveBesideIt() throws Exception {
        Result version = run(ROOT.resolve("planrun"), "--version");
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("planrun ");
        assertThat(ROOT.resolve("cli/target/planrun.jsa")).isNotEmptyFile();
        Result validate = run(ROOT.resolve("planrun"), "validate", "examples/hello/plan.yaml");
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).isEqualTo("examples/hello/plan.yaml: valid, 8 steps, irreversible: remove-old-releases\n");
        Result usage = run(ROOT.resolve("planrun"), "plan");
        assertThat(usage.code()).isEqualTo(2);
    }

    @Test
    void saysHowToBuildWhenTheJarIsMissing(@TempDir Path dir) throws Exception {
        Path launcher = Files.copy(ROOT.resolve("planrun"), dir.resolve("planrun"));
        Result r = run(launcher, "--version");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(dir.resolve("cli/target/planrun.jar") + " is missing",
                "mvn -q -B package -DskipTests");
    }
}
