package dev.planrun.examples.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code planrun.jar} as its own process, as an operator would: stdout and
 * stderr go to files (every artefact of a run can then be searched), the process can be killed
 * with SIGKILL. Integration tests only: the jar exists once the module is packaged.
 */
final class PlanrunJar {

    static final Path JAR = Path.of("../cli/target/planrun.jar").toAbsolutePath().normalize();

    /** A finished run of the command. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path workDir;
    private final Map<String, String> environment;
    private int count;
    private int scannedUpTo;

    /** @param extraEnv added to a copy of this JVM's environment, with pip and planrun settings removed */
    PlanrunJar(Path workDir, Map<String, String> extraEnv) {
        this.workDir = workDir;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PIP_") || k.startsWith("PLANRUN_") || k.startsWith("XDG_"));
        env.put("PIP_CONFIG_FILE", "/dev/null");
        env.putAll(extraEnv);
        this.environment = Map.copyOf(env);
    }

    /** Starts {@code planrun args...}; output goes to {@code out-N.txt} and {@code err-N.txt} in the work directory. */
    Process start(String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after 'package'");
        }
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        argv.addAll(List.of(args));
        count++;
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("out-" + count + ".txt").toFile())
                .redirectError(workDir.resolve("err-" + count + ".txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().clear();
        pb.environment().putAll(environment);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code planrun args...} to its end (at most five minutes). */
    Result run(String... args) {
        Process p = start(args);
        int n = count;
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("planrun " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), output("out-" + n + ".txt"), output("err-" + n + ".txt"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many commands have been started since the last call (whose outputs a secret scan has not yet counted). */
    int takeUnscanned() {
        int n = count - scannedUpTo;
        scannedUpTo = count;
        return n;
    }

    /** Everything every command printed so far, stdout and stderr. */
    String allOutput() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            all.append(output("out-" + i + ".txt")).append(output("err-" + i + ".txt"));
        }
        return all.toString();
    }

    private String output(String name) {
        try {
            Path f = workDir.resolve(name);
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
