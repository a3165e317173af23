package dev.planrun.sql.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * A PostgreSQL session-level advisory lock on a key derived from a name (the first eight bytes of
 * the name's SHA-256), held by the connection that acquired it until {@link #close()} or the end
 * of that session. Use a connection of its own (opened with
 * {@link dev.planrun.sql.DatabaseTarget#open()}, so that it shows as {@code planrun}), kept open
 * while the steps run: a script that ends its session or unlocks all advisory locks would
 * otherwise release it.
 *
 * <pre>{@code
 * LockAttempt attempt = AdvisoryLock.tryAcquire(connection, AdvisoryLock.nameFor("omero"));
 * if (attempt instanceof LockAttempt.HeldElsewhere held) {
 *     // stop with exit code 4: "held by " + held.holder().describe()
 * }
 * try (AdvisoryLock lock = ((LockAttempt.Acquired) attempt).lock()) { ... run the sql steps ... }
 * }</pre>
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final String HOLDER = """
            select a.pid, a.application_name, host(a.client_addr), a.usename, a.backend_start
              from pg_locks l left join pg_stat_activity a on a.pid = l.pid
             where l.locktype = 'advisory' and l.granted and l.objsubid = 1
               and l.database = (select oid from pg_database where datname = current_database())
               and l.classid::bigint = ? and l.objid::bigint = ? and l.pid <> pg_backend_pid()
             limit 1""";

    private final Connection connection;
    private final String name;
    private final long key;
    private boolean released;

    private AdvisoryLock(Connection connection, String name, long key) {
        this.connection = connection;
        this.name = name;
        this.key = key;
    }

    /** The lock name planrun uses for a database: {@code planrun:<database>}. */
    public static String nameFor(String database) {
        return "planrun:" + database;
    }

    /** The 64-bit key of a name: the first eight bytes of its UTF-8 SHA-256. */
    public static long key(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Takes the lock without waiting, or tells who holds it. */
    public static LockAttempt tryAcquire(Connection connection, String name) throws SQLException {
        long key = key(name);
        try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return new LockAttempt.Acquired(new AdvisoryLock(connection, name, key));
                }
            }
        }
        return new LockAttempt.HeldElsewhere(name, holder(connection, key));
    }

    private static LockHolder holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(HOLDER)) {
            st.setLong(1, key >>> 32);
            st.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return new LockHolder(0, null, null, null, null);
                }
                return new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class));
            }
        }
    }

    public String name() {
        return name;
    }

    /** Releases the lock (once); a closed connection has released it already. */
    @Override
    public void close() throws SQLException {
        if (released || connection.isClosed()) {
            released = true;
            return;
        }
        released = true;
        try (PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            st.setLong(1, key);
            st.execute();
        }
    }
}
