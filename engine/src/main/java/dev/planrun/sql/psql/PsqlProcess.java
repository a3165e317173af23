package dev.planrun.sql.psql;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.LogOutputStream;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * Runs psql with Apache Commons Exec, handing its stdout and stderr lines to the caller's thread
 * as they come (in the order they were read). Interrupting the caller kills psql.
 */
final class PsqlProcess {

    private record Line(boolean stderr, String text) {
    }

    private PsqlProcess() {
    }

    /** @return psql's exit code */
    static int run(List<String> argv, Map<String, String> env, Path cwd, Consumer<String> stdout,
                   Consumer<String> stderr) throws IOException {
        CommandLine command = new CommandLine(argv.get(0));
        argv.subList(1, argv.size()).forEach(a -> command.addArgument(a, false));
        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        PumpStreamHandler streams = new PumpStreamHandler(new Lines(lines, false), new Lines(lines, true));
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(ExecuteWatchdog.INFINITE_TIMEOUT_DURATION).get();
        DefaultExecutor executor = DefaultExecutor.builder().setWorkingDirectory(cwd.toFile())
                .setExecuteStreamHandler(streams).get();
        executor.setExitValues(null);
        executor.setWatchdog(watchdog);
        DefaultExecuteResultHandler result = new DefaultExecuteResultHandler();
        executor.execute(command, env, result);
        try {
            while (!result.hasResult() || !lines.isEmpty()) {
                Line l = lines.poll(50, TimeUnit.MILLISECONDS);
                if (l != null) {
                    (l.stderr() ? stderr : stdout).accept(l.text());
                }
            }
        } catch (InterruptedException e) {
            watchdog.destroyProcess();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while psql was running");
        }
        if (result.getException() != null) {
            throw new IOException("cannot run " + argv.get(0) + ": " + result.getException().getMessage(),
                    result.getException());
        }
        return result.getExitValue();
    }

    /** One output stream, split into lines. */
    private static final class Lines extends LogOutputStream {
        private final BlockingQueue<Line> queue;
        private final boolean stderr;

        Lines(BlockingQueue<Line> queue, boolean stderr) {
            super(0, StandardCharsets.UTF_8);
            this.queue = queue;
            this.stderr = stderr;
        }

        @Override
        protected void processLine(String line, int level) {
            queue.add(new Line(stderr, line));
        }
    }
}
