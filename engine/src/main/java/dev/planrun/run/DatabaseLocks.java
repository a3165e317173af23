package dev.planrun.run;

import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.sql.lock.AdvisoryLock;
import dev.planrun.sql.lock.LockAttempt;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL advisory locks a run holds: before its first sql step on a connection, planrun
 * takes {@code planrun:<database>} on a session of its own, kept until the run ends, so that two
 * planrun processes (on any hosts) never upgrade the same database at once. The file lock only
 * keeps apart the runs of one machine's state directory.
 *
 * <p>No retry when the lock is held: a session's locks outlive its connection by the moment its
 * backend takes to exit, but a run releases its lock with {@code pg_advisory_unlock} (at once),
 * and a resume after a crash reaches its first sql step long after the dead client's backend
 * has gone. A backend about to exit looks like a live idle holder in {@code pg_stat_activity},
 * so waiting "only for those" has nothing to tell them apart by; exit 4 names the holder.
 */
final class DatabaseLocks implements AutoCloseable {

    /** Another session holds a database's lock; the message names it. */
    static final class HeldElsewhere extends Exception {
        private static final long serialVersionUID = 1L;

        HeldElsewhere(String message) {
            super(message);
        }
    }

    private final RunSession session;
    private final Map<String, Held> held = new LinkedHashMap<>();

    private record Held(Connection connection, AdvisoryLock lock) {
    }

    DatabaseLocks(RunSession session) {
        this.session = session;
    }

    /**
     * Takes the lock of the database an sql step (or an sql rollback body) works on, once per
     * connection name; does nothing for other steps.
     *
     * @throws HeldElsewhere when another session holds it
     * @throws SQLException  when the database cannot be reached (the step fails as it would)
     */
    synchronized void before(Step step) throws HeldElsewhere, SQLException {
        if (!(step instanceof SqlStep sql) || held.containsKey(sql.connection())) {
            return;
        }
        Connection c = session.connector().open(sql.connection());
        try {
            String name = AdvisoryLock.nameFor(c.getCatalog());
            LockAttempt attempt = AdvisoryLock.tryAcquire(c, name);
            if (attempt instanceof LockAttempt.HeldElsewhere other) {
                c.close();
                throw new HeldElsewhere("another session holds the database lock " + name + ": "
                        + other.holder().describe());
            }
            held.put(sql.connection(), new Held(c, ((LockAttempt.Acquired) attempt).lock()));
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        for (Held h : held.values()) {
            try (Connection c = h.connection()) {
                h.lock().close();
            } catch (SQLException ignored) {
                // closing the session releases its advisory locks anyway
            }
        }
        held.clear();
    }
}
