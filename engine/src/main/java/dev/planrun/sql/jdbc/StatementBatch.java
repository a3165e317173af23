package dev.planrun.sql.jdbc;

import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.script.Located;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain statements sent together in one round trip (a JDBC batch), inside the current
 * transaction. A savepoint opens each batch: when a statement of it fails, the batch is rolled
 * back to the savepoint and its statements run again one by one, so that the failing one is
 * reported with its own line, column and message, exactly as without batching.
 */
final class StatementBatch {

    private static final int MAX_STATEMENTS = 1000;
    private static final int MAX_CHARS = 1 << 20;
    private static final String SAVEPOINT = "planrun_batch";

    private final Session session;
    private final StatementRunner single;
    private final List<Located> pending = new ArrayList<>();
    private int chars;

    StatementBatch(Session session, StatementRunner single) {
        this.session = session;
        this.single = single;
    }

    /** Adds a statement, sending the batch when it is full. */
    void add(Located at) throws StatementFailure {
        pending.add(at);
        chars += ((SqlStatement) at.item()).text().length();
        if (pending.size() >= MAX_STATEMENTS || chars >= MAX_CHARS) {
            flush();
        }
    }

    /** Sends what is pending. */
    void flush() throws StatementFailure {
        if (pending.isEmpty()) {
            return;
        }
        List<Located> batch = List.copyOf(pending);
        pending.clear();
        chars = 0;
        if (batch.size() == 1) {
            single.run(batch.get(0), (SqlStatement) batch.get(0).item());
            return;
        }
        Statement st = null;
        try {
            st = session.statement();
            st.addBatch("SAVEPOINT " + SAVEPOINT);
            for (Located at : batch) {
                st.addBatch(((SqlStatement) at.item()).text());
            }
            st.addBatch("RELEASE SAVEPOINT " + SAVEPOINT);
            st.executeBatch();
            session.notices(st, batch.get(0));
            session.executed += batch.size();
        } catch (SQLException e) {
            replay(batch, e);
        } finally {
            StatementRunner.close(st);
        }
    }

    /** Finds the failing statement: back to the savepoint, then one statement at a time. */
    private void replay(List<Located> batch, SQLException failure) throws StatementFailure {
        Located first = batch.get(0);
        Statement st = null;
        try {
            st = session.statement();
            st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        } catch (SQLException e) {
            throw new StatementFailure(ScriptErrors.of(failure, first, (SqlStatement) first.item()), failure);
        } finally {
            StatementRunner.close(st);
        }
        for (Located at : batch) {
            single.run(at, (SqlStatement) at.item());
        }
        // every statement succeeded on its own this time: report the batch's error at its start
        throw new StatementFailure(ScriptErrors.of(failure, first, (SqlStatement) first.item()), failure);
    }
}
