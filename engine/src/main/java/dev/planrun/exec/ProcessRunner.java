package dev.planrun.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs an external program with no shell in between: every argument reaches the program as
 * written.
 */
public interface ProcessRunner {

    /**
     * Runs {@code argv} and waits.
     *
     * @param cwd     working directory (null: the current one)
     * @param env     variables added to (or, with a null value, removed from) the base environment
     * @param timeout null: none; on timeout the whole process tree is killed
     * @param stdin   text written to the program's standard input (null: none)
     * @param lines   receives each output line (stdout and stderr) as it arrives
     */
    ProcessResult run(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, String stdin,
                      Consumer<String> lines) throws IOException;

    /**
     * @param output the captured output (stdout then stderr interleaved as they came), possibly
     *               truncated at the start for very long output
     */
    record ProcessResult(int exitCode, boolean timedOut, String output) {
    }
}
