package dev.planrun.sql.lock;

import java.time.OffsetDateTime;

/**
 * The session that holds a lock, as {@code pg_stat_activity} shows it. Fields are null when the
 * server does not show them to the current user (other users' sessions, without
 * {@code pg_read_all_stats}) or when the holder ended while it was being looked up.
 *
 * @param pid             the holder's server process id (0 when unknown)
 * @param applicationName e.g. {@code planrun}
 * @param clientAddress   the holder's IP address; null for a local socket
 * @param user            the database user
 * @param since           when the holder's session started
 */
public record LockHolder(int pid, String applicationName, String clientAddress, String user, OffsetDateTime since) {

    /** One line for the operator, e.g. {@code planrun (pid 4242, user omero, from 10.0.0.5, since 2026-...)}. */
    public String describe() {
        if (pid == 0) {
            return "another session (it ended while planrun looked it up)";
        }
        StringBuilder b = new StringBuilder(applicationName == null || applicationName.isEmpty()
                ? "a session" : applicationName);
        b.append(" (pid ").append(pid);
        if (user != null) {
            b.append(", user ").append(user);
        }
        b.append(clientAddress == null ? ", local" : ", from " + clientAddress);
        if (since != null) {
            b.append(", since ").append(since);
        }
        return b.append(')').toString();
    }
}
