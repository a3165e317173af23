package dev.planrun.exec.sql;

import dev.planrun.exec.undo.DurableJson;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The id of the one transaction a sql step runs its script in, recorded (forced to disk) in the
 * step's directory before the first statement. After a crash, PostgreSQL's {@code txid_status}
 * tells whether that transaction committed: a resume then skips the step (it is done) or runs it
 * again (it left nothing behind) without guessing.
 *
 * @param xid the 64-bit transaction id ({@code txid_current()})
 */
record TransactionRecord(long xid) {

    static final String FILE = "sql-transaction.json";

    /** Starts the transaction on {@code connection} (autocommit off) and records its id. */
    static TransactionRecord begin(Connection connection, Path stepDir) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select txid_current()")) {
            rs.next();
            TransactionRecord r = new TransactionRecord(rs.getLong(1));
            new DurableJson().write(stepDir.resolve(FILE), r);
            return r;
        }
    }

    static Optional<TransactionRecord> read(Path stepDir) throws IOException {
        return new DurableJson().read(stepDir.resolve(FILE), TransactionRecord.class);
    }

    /** {@code committed}, {@code aborted}, {@code in progress}, or null when the server no longer knows. */
    String status(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select txid_status(?)")) {
            st.setLong(1, xid);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
