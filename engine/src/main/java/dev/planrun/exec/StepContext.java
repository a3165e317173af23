package dev.planrun.exec;

import dev.planrun.interp.Masker;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * Everything an executor may touch besides its step: the I/O edges of the engine.
 * One context per step execution.
 */
public interface StepContext {

    /** The run's id, e.g. {@code 20261123-193000-4f2a}. */
    String runId();

    /** The run directory (journal, logs, reports). */
    Path runDir();

    /**
     * This step's own directory inside the run directory: undo records, backups of overwritten
     * files, the step log. Exists when the executor is called.
     */
    Path stepDir();

    /** Output of the step, line by line: goes to the step log and to the terminal view, masked. */
    void output(String line);

    /**
     * How far the step is, as often as the executor likes: the engine passes on a few updates a
     * second to the terminal view (not to the journal or the step log).
     */
    default void progress(Progress progress) {
    }

    /** Runs external programs (Apache Commons Exec), with timeouts that kill the process tree. */
    ProcessRunner processes();

    /**
     * A new JDBC connection for a connection name declared in the plan (resolved). The caller
     * closes it.
     */
    Connection connect(String connectionName) throws SQLException;

    /**
     * The resolved spec (url, user, password) of a connection declared in the plan, for programs
     * that connect by themselves (psql). Empty when the context has none.
     */
    default java.util.Optional<dev.planrun.model.ConnectionSpec> connectionSpec(String connectionName) {
        return java.util.Optional.empty();
    }

    /** Asks a person to confirm a manual step. */
    Confirmer confirmer();

    /** Masks secret values in text the executor composes itself. */
    Masker masker();

    Clock clock();

    /** The environment external programs start from (planrun's own, unless a test sets one). */
    Map<String, String> environment();
}
