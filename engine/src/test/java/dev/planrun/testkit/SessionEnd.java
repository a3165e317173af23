package dev.planrun.testkit;

import dev.planrun.sql.DatabaseTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Ends a session the way a test needs it ended. Closing a JDBC connection only sends the
 * server a Terminate message: its backend exits (and only then releases the session's advisory
 * locks) a moment later. A test that goes on at once can still find the locks held.
 */
public final class SessionEnd {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private SessionEnd() {
    }

    /** The server process id of a connection's backend. */
    public static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Closes {@code connection} and waits until {@code pg_stat_activity} (read on a connection
     * of its own to {@code db}) no longer shows its backend: the backend has then released its
     * locks.
     *
     * @throws AssertionError when the backend is still there after the deadline
     */
    public static void closeAndWaitForBackendExit(Connection connection, DatabaseTarget db) throws SQLException,
            InterruptedException {
        int pid = backendPid(connection);
        connection.close();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        try (Connection watcher = db.open();
             PreparedStatement st = watcher.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
            st.setInt(1, pid);
            while (true) {
                // each query reads a fresh snapshot of the statistics (autocommit: one transaction per query)
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("backend " + pid + " is still in pg_stat_activity " + DEADLINE
                            + " after its connection was closed");
                }
                Thread.sleep(10);
            }
        }
    }
}
