package dev.planrun.process;

import dev.planrun.exec.ProcessRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.LogOutputStream;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * Runs programs with Apache Commons Exec. Every argument reaches the program as written (no
 * shell, no re-splitting); the program is started in a process group of its own through
 * {@code setsid} when the machine has it, so that a timeout ends the whole tree it started.
 * Success is the caller's business: every exit code is returned.
 */
public final class CommonsExecProcessRunner implements ProcessRunner {

    /** Output kept for the result (the consumer still sees every line): the last 1 MiB of characters. */
    public static final int DEFAULT_CAPTURE_LIMIT = 1 << 20;

    /** How long output may still be read once the program ended (a background child may hold the pipe). */
    private static final Duration DRAIN = Duration.ofSeconds(2);

    private final Map<String, String> baseEnvironment;
    private final int captureLimit;
    private final String setsid;
    private final String kill;

    /** A runner whose programs start from planrun's own environment. */
    public CommonsExecProcessRunner() {
        this(System.getenv());
    }

    /** @param baseEnvironment the environment every program starts from (the step context's) */
    public CommonsExecProcessRunner(Map<String, String> baseEnvironment) {
        this(baseEnvironment, DEFAULT_CAPTURE_LIMIT);
    }

    /** @param captureLimit characters of output kept in {@link ProcessResult#output()} */
    public CommonsExecProcessRunner(Map<String, String> baseEnvironment, int captureLimit) {
        this.baseEnvironment = Map.copyOf(baseEnvironment);
        this.captureLimit = captureLimit;
        String path = System.getenv("PATH");
        this.setsid = Executables.find("setsid", path).map(Path::toString).orElse(null);
        this.kill = setsid == null ? null : Executables.find("kill", path).map(Path::toString).orElse(null);
    }

    @Override
    public ProcessResult run(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, String stdin,
                             Consumer<String> lines) throws IOException {
        if (argv == null || argv.isEmpty()) {
            throw new IllegalArgumentException("no program to run");
        }
        Map<String, String> environment = environment(env);
        Path program = Executables.resolve(argv.get(0), environment.get("PATH"), cwd);
        CommandLine command;
        if (setsid != null) {
            command = new CommandLine(setsid).addArgument(program.toString(), false);
        } else {
            command = new CommandLine(program.toFile());
        }
        argv.subList(1, argv.size()).forEach(arg -> command.addArgument(arg, false));

        LineSink sink = new LineSink(lines, captureLimit);
        PumpStreamHandler streams = new PumpStreamHandler(new LineStream(sink), new LineStream(sink),
                stdin == null ? null : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        streams.setStopTimeout(DRAIN);
        ProcessTree tree = new ProcessTree(setsid == null ? null : kill);
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(cwd == null ? Path.of("").toAbsolutePath() : cwd)
                .setExecuteStreamHandler(streams).get();
        executor.setExitValues(null);
        executor.setProcessDestroyer(tree);
        DefaultExecuteResultHandler handler = new DefaultExecuteResultHandler();
        executor.execute(command, environment, handler);

        boolean timedOut = false;
        try {
            if (timeout == null) {
                handler.waitFor();
            } else {
                handler.waitFor(timeout);
                if (!handler.hasResult()) {
                    timedOut = true;
                    tree.kill();
                    handler.waitFor();
                }
            }
        } catch (InterruptedException e) {
            tree.kill();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + program);
        }
        String output = sink.close();
        if (handler.getException() == null) {
            return new ProcessResult(handler.getExitValue(), timedOut, output);
        }
        if (!tree.started()) {
            Throwable cause = handler.getException().getCause();
            throw new IOException("cannot start " + program + ": "
                    + (cause == null ? handler.getException().getMessage() : cause.getMessage()), cause);
        }
        // the program ended but its output could not be fully drained (a background child kept it open)
        return new ProcessResult(tree.exitValue(), timedOut, output);
    }

    private Map<String, String> environment(Map<String, String> changes) {
        Map<String, String> environment = new HashMap<>(baseEnvironment);
        if (changes != null) {
            changes.forEach((name, value) -> {
                if (value == null) {
                    environment.remove(name);
                } else {
                    environment.put(name, value);
                }
            });
        }
        return environment;
    }

    /** Splits one output stream into lines for the sink. */
    private static final class LineStream extends LogOutputStream {
        private final LineSink sink;

        LineStream(LineSink sink) {
            super(0, StandardCharsets.UTF_8);
            this.sink = sink;
        }

        @Override
        protected void processLine(String line, int level) {
            sink.line(line);
        }
    }
}
