package dev.planrun.sql.jdbc;

import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.parse.StatementTraits;
import dev.planrun.sql.script.CommitRule;
import dev.planrun.sql.script.Located;
import dev.planrun.sql.script.OutputRecorder;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * The state of one script run on a connection: output, notices, the statement count, whether
 * anything was committed, {@code \timing}.
 */
final class Session {

    final Connection connection;
    final OutputRecorder output;
    private final BaseConnection pg;
    private final ScriptListener listener;
    boolean timing;
    long executed;
    boolean committed;

    Session(Connection connection, ScriptListener listener, OutputRecorder output) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(BaseConnection.class);
        this.listener = listener;
        this.output = output;
    }

    /** A statement for the script's text: no JDBC escape processing. */
    Statement statement() throws SQLException {
        Statement st = connection.createStatement();
        st.setEscapeProcessing(false);
        return st;
    }

    TransactionState state() {
        return pg.getTransactionState();
    }

    boolean standardConformingStrings() {
        return pg.getStandardConformingStrings();
    }

    /** Counts a statement that ran, noting whether it committed anything. */
    void executed(StatementTraits traits, TransactionState before) {
        executed++;
        TransactionState after = state();
        if (before == TransactionState.IDLE && after == TransactionState.IDLE) {
            committed |= CommitRule.commitsInAutocommit(traits);
        } else if (before == TransactionState.OPEN && after == TransactionState.IDLE) {
            committed |= CommitRule.commitsOpenTransaction(traits);
        }
    }

    /** Forwards the warnings of {@code st} and of the connection, as notices of {@code at}. */
    void notices(Statement st, Located at) throws SQLException {
        if (st != null) {
            forward(st.getWarnings(), at);
            st.clearWarnings();
        }
        forward(connection.getWarnings(), at);
        connection.clearWarnings();
    }

    private void forward(SQLWarning w, Located at) {
        for (; w != null; w = w.getNextWarning()) {
            ServerErrorMessage m = w instanceof PSQLWarning p ? p.getServerErrorMessage() : null;
            String severity = m == null || m.getSeverity() == null ? "WARNING" : m.getSeverity();
            String message = m == null ? w.getMessage() : m.getMessage();
            SqlStatement s = Located.statementOf(at.item());
            listener.notice(new ScriptNotice(severity.toUpperCase(Locale.ROOT), message,
                    at.position(s == null ? at.item().start() : s.keywordStart())));
        }
    }

    /** psql's {@code \timing} line. */
    void timed(long nanos) {
        double ms = nanos / 1e6;
        String line = String.format(Locale.ROOT, "Time: %.3f ms", ms);
        if (ms >= 1000) {
            long total = Math.round(ms);
            line += String.format(Locale.ROOT, " (%02d:%02d.%03d)", total / 60_000, total / 1000 % 60, total % 1000);
        }
        output.line(line);
    }
}
