package dev.planrun.sql.jdbc;

import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.script.Located;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.TransactionState;

/** Runs one statement on its own round trip and prints what it returns. */
final class StatementRunner {

    private final Session session;

    StatementRunner(Session session) {
        this.session = session;
    }

    void run(Located at, SqlStatement statement) throws StatementFailure {
        TransactionState before = session.state();
        long start = System.nanoTime();
        Statement st = null;
        try {
            st = session.statement();
            boolean isResultSet = st.execute(statement.text());
            while (isResultSet || st.getUpdateCount() != -1) {
                if (isResultSet) {
                    try (ResultSet rs = st.getResultSet()) {
                        AlignedTable.of(rs).print(session.output::line);
                    }
                }
                isResultSet = st.getMoreResults();
            }
            session.notices(st, at);
        } catch (SQLException e) {
            quietNotices(st, at);
            throw new StatementFailure(ScriptErrors.of(e, at, statement), e);
        } finally {
            close(st);
        }
        session.executed(statement.traits(), before);
        if (session.timing) {
            session.timed(System.nanoTime() - start);
        }
    }

    /** Notices sent before the error still belong in the log. */
    private void quietNotices(Statement st, Located at) {
        try {
            session.notices(st, at);
        } catch (SQLException ignored) {
            // the error being reported matters more
        }
    }

    static void close(Statement st) {
        if (st != null) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing a statement frees driver resources only
            }
        }
    }
}
