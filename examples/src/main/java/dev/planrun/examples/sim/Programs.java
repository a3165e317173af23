package dev.planrun.examples.sim;

import dev.planrun.exec.ProcessRunner;
import dev.planrun.process.CommonsExecProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs the programs a simulation needs (python3, pip, PostgreSQL tools) and fails loudly when one fails. */
public final class Programs {

    private final ProcessRunner runner;

    public Programs() {
        this(new CommonsExecProcessRunner());
    }

    public Programs(ProcessRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code argv}; returns its output, or throws with the output when it fails. */
    public String run(List<String> argv, Path cwd, Map<String, String> env) throws IOException {
        ProcessRunner.ProcessResult result = runner.run(argv, cwd, env, Duration.ofMinutes(5), null, line -> { });
        if (result.exitCode() != 0 || result.timedOut()) {
            throw new IOException(String.join(" ", argv) + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
        return result.output();
    }

    /** Runs {@code argv} and returns its result whatever the exit code. */
    public ProcessRunner.ProcessResult attempt(List<String> argv, Path cwd, Map<String, String> env, String stdin)
            throws IOException {
        return runner.run(argv, cwd, env, Duration.ofMinutes(5), stdin, line -> { });
    }
}
