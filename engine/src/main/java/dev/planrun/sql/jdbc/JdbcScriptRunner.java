package dev.planrun.sql.jdbc;

import dev.planrun.model.Position;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.TransactionDecision;
import dev.planrun.sql.script.Located;
import dev.planrun.sql.script.OutputRecorder;
import dev.planrun.sql.script.PsqlVariables;
import dev.planrun.sql.script.ScriptCursor;
import dev.planrun.sql.script.ScriptInspection;
import dev.planrun.sql.script.ScriptInspector;
import dev.planrun.sql.script.ScriptReadException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.postgresql.core.TransactionState;

/**
 * Runs a PostgreSQL script through the JDBC driver on a connection the caller opened (and
 * closes), as {@code psql -X -v ON_ERROR_STOP=1 -f} would run it: stops at the first error,
 * which it reports with file, line and column; prints query results like psql; sends COPY data;
 * performs {@code \set}, {@code \i}, {@code \ir}, {@code \echo}, {@code \qecho},
 * {@code \timing}. The script is inspected first: a script with an unsupported meta-command does
 * not start at all.
 *
 * <p>Transactions follow {@link ScriptOptions#transaction()}: a script with its own
 * {@code BEGIN}/{@code COMMIT} runs as written; otherwise ({@code auto}, {@code single}) planrun
 * wraps it in one transaction, committed at the end and rolled back on error. A transaction the
 * script leaves open is rolled back, as the server does when psql exits. The connection's
 * autocommit setting is restored afterwards.
 *
 * <p>The output holds what psql prints with {@code -q}: query results, {@code \echo} text,
 * {@code \timing} lines, COPY TO STDOUT data; not psql's command tags ({@code INSERT 0 1}).
 * {@link #cancel()}, from another thread, stops a run (e.g. when a step's timeout passes).
 */
public final class JdbcScriptRunner {

    private final Connection connection;
    private final ScriptListener listener;

    /**
     * @param connection a PostgreSQL JDBC connection (open it with
     *                   {@link dev.planrun.sql.DatabaseTarget#open()} so that it shows as planrun)
     * @param listener   receives output, notices and progress while the script runs
     */
    public JdbcScriptRunner(Connection connection, ScriptListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /**
     * Asks the server to cancel the statement running now (callable from any thread): the run
     * then stops with SQLSTATE 57014, and its transaction is rolled back as for any error.
     */
    public void cancel() throws SQLException {
        connection.unwrap(org.postgresql.PGConnection.class).cancelQuery();
    }

    /** Runs the script; every outcome, failures included, is a result value. */
    public ScriptResult run(SqlScript script, ScriptOptions options) {
        long start = System.nanoTime();
        ScriptInspection inspection = new ScriptInspector(false, false).inspect(script, options);
        TransactionDecision decision = inspection.transaction();
        OutputRecorder output = new OutputRecorder(options.outputLimit(), listener::output);
        if (!inspection.runnable()) {
            return new ScriptResult(decision, 0, false, since(start), "", inspection.problems(), Optional.empty());
        }
        ProgressThrottle progress = new ProgressThrottle(listener, inspection.bytes());
        Session session;
        boolean autoCommit;
        try {
            session = new Session(connection, listener, output);
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            ScriptError error = ScriptErrors.at(Position.of(script.name(), 0, 0), "cannot use the connection: ", e);
            return new ScriptResult(decision, 0, false, since(start), "", inspection.problems(), Optional.of(error));
        }
        ScriptError error = null;
        long bytes = 0;
        try {
            connection.setAutoCommit(!decision.wrapped());
            ScriptExecution execution = new ScriptExecution(session, options, decision, progress);
            try (ScriptCursor cursor = new ScriptCursor(script, new PsqlVariables(options.variables()),
                    session.standardConformingStrings(), false)) {
                try {
                    execution.run(cursor);
                } finally {
                    bytes = cursor.bytesRead();
                }
            }
            error = finish(session, decision, execution.lastStatement(), script);
        } catch (StatementFailure f) {
            error = f.error();
        } catch (ScriptReadException e) {
            error = new ScriptError(e.position(), null, e.getMessage(), null, null, null, null);
        } catch (IOException e) {
            error = new ScriptError(Position.of(script.name(), 0, 0), null, "cannot read the script: " + e.getMessage(),
                    null, null, null, null);
        } catch (SQLException e) {
            error = ScriptErrors.at(Position.of(script.name(), 0, 0), "", e);
        } finally {
            if (error != null) {
                rollback(session, decision);
            }
            restore(autoCommit);
        }
        output.finish();
        progress.done(session.executed, bytes);
        return new ScriptResult(decision, session.executed, session.committed, since(start), output.text(),
                inspection.problems(), Optional.ofNullable(error));
    }

    /** Commits the one transaction, or ends one the script left open; null when that went well. */
    private ScriptError finish(Session session, TransactionDecision decision, Located last, SqlScript script)
            throws SQLException {
        Position end = last == null ? Position.of(script.name(), 0, 0) : last.position();
        if (decision.wrapped()) {
            try {
                connection.commit();
                session.committed = session.executed > 0;
                return null;
            } catch (SQLException e) {
                return ScriptErrors.at(end, "the commit at the end of the script failed: ", e);
            }
        }
        if (session.state() != TransactionState.IDLE) {
            try (Statement st = session.statement()) {
                st.execute("ROLLBACK");
            }
            listener.notice(new ScriptNotice("WARNING",
                    "the script ended inside a transaction, which was rolled back (as when psql exits)", end));
        }
        return null;
    }

    private void rollback(Session session, TransactionDecision decision) {
        try {
            if (decision.wrapped()) {
                connection.rollback();
            } else if (session.state() != TransactionState.IDLE) {
                try (Statement st = session.statement()) {
                    st.execute("ROLLBACK");
                }
            }
        } catch (SQLException ignored) {
            // a broken connection rolls back on its own when it closes
        }
    }

    private void restore(boolean autoCommit) {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // the caller closes the connection anyway
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
