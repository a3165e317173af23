package dev.planrun.sql.jdbc;

import dev.planrun.sql.parse.CopyFromStdin;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.script.Located;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.TransactionState;

/**
 * {@code COPY ... FROM STDIN} with the script's data block, and {@code COPY ... TO STDOUT} into
 * the output, through the driver's CopyManager. The data streams as the script's own bytes: nothing is
 * decoded or held whole.
 */
final class CopyRunner {

    private static final int BUFFER = 1 << 16;

    private final Session session;

    CopyRunner(Session session) {
        this.session = session;
    }

    void copyIn(Located at, CopyFromStdin copy) throws StatementFailure, IOException {
        SqlStatement statement = copy.statement();
        TransactionState before = session.state();
        long start = System.nanoTime();
        try {
            manager().copyIn(statement.text(), copy.data(), BUFFER);
            session.notices(null, at);
        } catch (SQLException e) {
            throw new StatementFailure(ScriptErrors.of(e, at, statement), e);
        }
        session.executed(statement.traits(), before);
        if (session.timing) {
            session.timed(System.nanoTime() - start);
        }
    }

    void copyOut(Located at, SqlStatement statement) throws StatementFailure {
        TransactionState before = session.state();
        long start = System.nanoTime();
        try (Writer out = new OutputWriter()) {
            manager().copyOut(statement.text(), out);
            session.notices(null, at);
        } catch (SQLException e) {
            throw new StatementFailure(ScriptErrors.of(e, at, statement), e);
        } catch (IOException e) {
            throw new IllegalStateException("output cannot fail", e);
        }
        session.executed(statement.traits(), before);
        if (session.timing) {
            session.timed(System.nanoTime() - start);
        }
    }

    private CopyManager manager() throws SQLException {
        return session.connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Data the server sends, as output lines. */
    private final class OutputWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) {
            session.output.text(new String(cbuf, off, len));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
