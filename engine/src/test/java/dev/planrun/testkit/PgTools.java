package dev.planrun.testkit;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/** psql and pg_dump on a test database; the password travels in the environment. */
public final class PgTools {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final PostgresBinaries binaries;
    private final CommonsExecProcessRunner processes = new CommonsExecProcessRunner(System.getenv(), 1 << 24);

    public PgTools(PostgresBinaries binaries) {
        this.binaries = binaries;
    }

    /** The tools of the shared test server. */
    public static PgTools forTests() {
        return new PgTools(TestPostgres.get().binaries());
    }

    /** {@code psql -X ARGS} on {@code db} in {@code cwd}; stdout and stderr together. */
    public ProcessResult psql(DatabaseTarget db, Path cwd, List<String> args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(binaries.program("psql").toString());
        argv.add("-X");
        argv.addAll(args);
        return processes.run(argv, cwd, db.libpqEnvironment(), TIMEOUT, null, line -> { });
    }

    /** What a program wrote to each stream. */
    public record Output(int exitCode, String stdout, String stderr) {
    }

    /**
     * {@code psql -X ARGS} on {@code db} in {@code cwd} with {@code env} added to libpq's
     * variables; stdout and stderr apart.
     */
    public Output psqlSeparately(DatabaseTarget db, Path cwd, Map<String, String> env, List<String> args)
            throws IOException {
        CommandLine command = new CommandLine(binaries.program("psql").toFile()).addArgument("-X", false);
        args.forEach(a -> command.addArgument(a, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DefaultExecutor executor = DefaultExecutor.builder().setWorkingDirectory(cwd.toFile())
                .setExecuteStreamHandler(new PumpStreamHandler(out, err)).get();
        executor.setExitValues(null);
        executor.setWatchdog(ExecuteWatchdog.builder().setTimeout(TIMEOUT).get());
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(db.libpqEnvironment());
        environment.putAll(env);
        int exit = executor.execute(command, environment);
        return new Output(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The schema and data of {@code db} as {@code pg_dump --no-owner --no-privileges} writes them,
     * without the lines that differ between two dumps of equal databases (the dump's random
     * {@code \restrict} key).
     */
    public String dump(DatabaseTarget db) throws IOException {
        return dump(db, List.of());
    }

    /** As {@link #dump(DatabaseTarget)}, with more pg_dump options (e.g. {@code --schema-only}). */
    public String dump(DatabaseTarget db, List<String> options) throws IOException {
        List<String> argv = new java.util.ArrayList<>(List.of(binaries.program("pg_dump").toString(), "--no-owner",
                "--no-privileges"));
        argv.addAll(options);
        ProcessResult r = processes.run(argv, null, db.libpqEnvironment(), TIMEOUT, null, line -> { });
        if (r.exitCode() != 0) {
            throw new IOException("pg_dump failed: " + r.output());
        }
        return r.output().lines()
                .filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }
}
