package dev.planrun.sql.psql;

import dev.planrun.model.Position;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptProgress;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.TransactionDecision;
import dev.planrun.sql.script.OutputRecorder;
import dev.planrun.sql.script.ScriptInspection;
import dev.planrun.sql.script.ScriptInspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a script with psql itself ({@code client: psql}):
 * {@code psql -X -v ON_ERROR_STOP=1 -v VERBOSITY=verbose [-1] [-v NAME=VALUE]... -f FILE} in the
 * script's working directory; {@code -1} (one transaction) when the transaction decision wraps
 * the script; {@code VERBOSITY=verbose} so that errors carry their SQLSTATE. Connection settings
 * and the password travel in libpq's environment variables, never on the command line.
 *
 * <p>The result is the one {@link dev.planrun.sql.jdbc.JdbcScriptRunner} gives: psql's stdout is
 * the output, its notices go to the listener, and its first error is located in the script (file,
 * line, column), while the statement count and whether anything was committed are told from the
 * script up to the failing statement. psql performs every meta-command itself.
 */
public final class PsqlScriptRunner {

    private final DatabaseTarget target;
    private final Path psql;
    private final ScriptListener listener;

    /**
     * @param target   the database (and credentials) psql connects to
     * @param psql     the psql program
     * @param listener receives output, notices and the final progress
     */
    public PsqlScriptRunner(DatabaseTarget target, Path psql, ScriptListener listener) {
        this.target = target;
        this.psql = psql;
        this.listener = listener;
    }

    /** A runner with the psql that {@link PostgresBinaries} finds. */
    public static PsqlScriptRunner withInstalledPsql(DatabaseTarget target, ScriptListener listener) {
        return new PsqlScriptRunner(target, PostgresBinaries.locate("psql").program("psql"), listener);
    }

    /** Runs the script; every outcome, failures included, is a result value. */
    public ScriptResult run(SqlScript script, ScriptOptions options) {
        long start = System.nanoTime();
        ScriptInspection inspection = new ScriptInspector(false, true).inspect(script, options);
        TransactionDecision decision = inspection.transaction();
        if (!inspection.runnable()) {
            return new ScriptResult(decision, 0, false, since(start), "", inspection.problems(), Optional.empty());
        }
        OutputRecorder output = new OutputRecorder(options.outputLimit(), listener::output);
        Path tempFile = null;
        ScriptReplay.Outcome outcome;
        try {
            tempFile = script.isInline() ? Files.createTempFile("planrun-", ".sql") : null;
            if (tempFile != null) {
                Files.writeString(tempFile, script.text(), StandardCharsets.UTF_8);
            }
            Path ranFile = tempFile != null ? tempFile : script.file();
            List<PsqlMessage> errors = new ArrayList<>();
            PsqlStderr stderr = new PsqlStderr(m -> message(m, errors, script, ranFile));
            int exit = PsqlProcess.run(command(ranFile, options, decision), environment(),
                    script.workingDirectory(), output::line, stderr::line);
            stderr.finish();
            PsqlMessage failure = errors.isEmpty() && exit != 0
                    ? new PsqlMessage(null, 0, "error", null, "psql ended with exit code " + exit, null, null, null,
                    0, null, -1)
                    : errors.isEmpty() ? null : errors.get(0);
            outcome = new ScriptReplay(script, ranFile, options, decision.wrapped()).replay(failure);
        } catch (IOException e) {
            ScriptError error = new ScriptError(Position.of(script.name(), 0, 0), null,
                    "cannot run psql: " + e.getMessage(), null, null, null, null);
            outcome = new ScriptReplay.Outcome(0, false, error);
        } finally {
            deleteQuietly(tempFile);
        }
        output.finish();
        listener.progress(new ScriptProgress(outcome.executed(), inspection.bytes(), inspection.bytes()));
        return new ScriptResult(decision, outcome.executed(), outcome.committed(), since(start), output.text(),
                inspection.problems(), Optional.ofNullable(outcome.error()));
    }

    private List<String> command(Path file, ScriptOptions options, TransactionDecision decision) {
        List<String> argv = new ArrayList<>(List.of(psql.toString(), "-X", "-v", "ON_ERROR_STOP=1",
                "-v", "VERBOSITY=verbose"));
        if (decision.wrapped()) {
            argv.add("-1");
        }
        options.variables().forEach((name, value) -> argv.addAll(List.of("-v", name + "=" + value)));
        argv.addAll(List.of("-f", file.toString()));
        return argv;
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(target.libpqEnvironment());
        env.put("PGCLIENTENCODING", "UTF8");
        return env;
    }

    /** Notices go to the listener as they complete; errors are kept (the first one stopped psql). */
    private void message(PsqlMessage m, List<PsqlMessage> errors, SqlScript script, Path ranFile) {
        if (m.isError()) {
            errors.add(m);
            return;
        }
        String file = m.file() == null || ranFile.toString().equals(m.file()) ? script.name() : m.file();
        listener.notice(new ScriptNotice(m.severity().toUpperCase(java.util.Locale.ROOT), m.message(),
                Position.of(file, m.line(), 0)));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary copy of an inline script; the system cleans its temporary directory
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
