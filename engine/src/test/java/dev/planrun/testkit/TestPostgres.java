package dev.planrun.testkit;

import dev.planrun.sandbox.LocalPostgres;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.Driver;

/**
 * The PostgreSQL server of the test JVM, started on first use and shared by every test.
 *
 * <p>By default a {@link LocalPostgres} cluster from the installed binaries, stopped and deleted
 * by a shutdown hook. When the environment variable {@value #ENV} is set, that server is used
 * instead; its value is a JDBC URL of a maintenance database with a superuser's credentials, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}; the databases
 * the tests create there are dropped at the end. psql and pg_dump are then taken from
 * {@link PostgresBinaries} and should be of the server's major version or newer.
 *
 * <p>PostgreSQL missing is a failure with a message, never a skipped test.
 */
public final class TestPostgres {

    /** The environment variable naming an external server. */
    public static final String ENV = "PLANRUN_TEST_PGURL";

    private static TestPostgres instance;

    private final LocalPostgres local;
    private final DatabaseTarget admin;
    private final PostgresBinaries binaries;
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    private TestPostgres(LocalPostgres local, DatabaseTarget admin, PostgresBinaries binaries) {
        this.local = local;
        this.admin = admin;
        this.binaries = binaries;
    }

    /** The shared server, started (or connected to) on first call. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown, "planrun-test-postgres-stop"));
        }
        return instance;
    }

    private static TestPostgres start() {
        String url = System.getenv(ENV);
        try {
            if (url != null && !url.isBlank()) {
                Properties p = Driver.parseURL(url, null);
                if (p == null) {
                    throw new IllegalStateException(ENV + " is not a PostgreSQL JDBC URL: " + url);
                }
                DatabaseTarget admin = new DatabaseTarget(url, p.getProperty("user"), p.getProperty("password"));
                return new TestPostgres(null, admin, PostgresBinaries.locate("psql", "pg_dump"));
            }
            LocalPostgres local = LocalPostgres.start();
            return new TestPostgres(local, local.admin(), local.binaries());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty database (UTF8) whose name starts with {@code hint} (made a valid name),
     * dropped when the JVM ends.
     */
    public DatabaseTarget createDatabase(String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        String name = "t" + counter.incrementAndGet() + "_" + cleaned;
        name = name.length() > 60 ? name.substring(0, 60) : name;
        try (Connection c = admin.open(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        created.add(name);
        return database(name);
    }

    /**
     * Drops a database made by {@link #createDatabase}, ending its sessions. Tests drop what they
     * made as they go, so that the end of the JVM does not have thousands of files to delete.
     */
    public void dropDatabase(DatabaseTarget db) {
        String url = db.url();
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String name = base.substring(base.lastIndexOf('/') + 1);
        if (!created.contains(name)) {
            throw new IllegalArgumentException("not a database of the test kit: " + name);
        }
        try (Connection c = admin.open(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            created.remove(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** How to reach database {@code name} on this server with the superuser's credentials. */
    public DatabaseTarget database(String name) {
        String url = admin.url();
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String rest = q < 0 ? "" : url.substring(q);
        return new DatabaseTarget(base.substring(0, base.lastIndexOf('/') + 1) + name + rest, admin.user(),
                admin.password());
    }

    /** The maintenance database, as the superuser. */
    public DatabaseTarget admin() {
        return admin;
    }

    /** psql, pg_dump and friends matching the server. */
    public PostgresBinaries binaries() {
        return binaries;
    }

    private void shutdown() {
        if (local != null) {
            local.close();
            return;
        }
        try (Connection c = admin.open(); Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // the external server keeps a few test databases; nothing else to do at JVM exit
        }
    }
}
