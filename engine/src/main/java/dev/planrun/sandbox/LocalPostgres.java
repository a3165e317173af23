package dev.planrun.sandbox;

import dev.planrun.exec.ProcessRunner;
import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A throwaway PostgreSQL cluster: created with the installed {@code initdb} in a temporary
 * directory, started with {@code pg_ctl} on a free port, listening on 127.0.0.1 only (and a
 * socket inside its directory), superuser {@code postgres} with a generated password, tuned for
 * speed rather than durability ({@code fsync=off}). {@link #close()} stops it and deletes the
 * directory. When the JVM runs as root the programs run as the {@code postgres} user
 * ({@code runuser -u postgres --}), since PostgreSQL refuses to run as root.
 *
 * <p>Without PostgreSQL's programs, {@link #start()} fails with a message saying how to install
 * them; it never pretends.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser of the cluster. */
    public static final String SUPERUSER = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int START_ATTEMPTS = 5;

    private final PostgresBinaries binaries;
    private final PostgresUser osUser;
    private final ProcessRunner processes;
    private final Path directory;
    private final String password;
    private int port;
    private boolean closed;

    private LocalPostgres(PostgresBinaries binaries, PostgresUser osUser, Path directory, String password) {
        this.binaries = binaries;
        this.osUser = osUser;
        this.processes = new CommonsExecProcessRunner(System.getenv(), 64 * 1024);
        this.directory = directory;
        this.password = password;
    }

    /** Starts a cluster with the first PostgreSQL installation {@link PostgresBinaries} finds. */
    public static LocalPostgres start() throws IOException {
        return start(PostgresBinaries.locate("initdb", "pg_ctl", "postgres"));
    }

    /** Starts a cluster with the programs in {@code binaries}. */
    public static LocalPostgres start(PostgresBinaries binaries) throws IOException {
        PostgresUser osUser = PostgresUser.current();
        Path dir = Files.createTempDirectory("planrun-pg-");
        osUser.own(dir);
        LocalPostgres pg = new LocalPostgres(binaries, osUser, dir, Passwords.generate());
        try {
            pg.initdb();
            pg.startServer();
            return pg;
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    private void initdb() throws IOException {
        Path pwfile = directory.resolve("pwfile");
        Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
        osUser.own(pwfile);
        run("initdb", "-D", dataDir().toString(), "-U", SUPERUSER, "--pwfile=" + pwfile,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        Files.delete(pwfile);
    }

    private void startServer() throws IOException {
        Path conf = dataDir().resolve("postgresql.conf");
        String settings = Files.readString(conf, StandardCharsets.UTF_8);
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            port = freePort();
            Files.writeString(conf, settings + ServerSettings.render(port, directory), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                run("pg_ctl", "-D", dataDir().toString(), "-l", directory.resolve("server.log").toString(),
                        "-w", "-t", "60", "start");
                return;
            } catch (IOException e) {
                last = e;
                if (!serverLog().contains("could not bind")) {
                    throw e;
                }
            }
        }
        throw last;
    }

    /** Creates an empty database (UTF8) and returns how to reach it as the superuser. */
    public DatabaseTarget createDatabase(String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database names here are lower-case identifiers: " + name);
        }
        try (Connection c = admin().open(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return database(name);
    }

    /** Drops a database created with {@link #createDatabase}, ending its sessions. */
    public void dropDatabase(String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database of this cluster: " + name);
        }
        try (Connection c = admin().open(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** How to reach {@code name} on this cluster as the superuser. */
    public DatabaseTarget database(String name) {
        return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/" + name, SUPERUSER, password);
    }

    /** The maintenance database {@code postgres}, as the superuser. */
    public DatabaseTarget admin() {
        return database("postgres");
    }

    public int port() {
        return port;
    }

    /** Where the cluster's programs are (also its {@code psql} and {@code pg_dump}). */
    public PostgresBinaries binaries() {
        return binaries;
    }

    /** The server's log so far (for failure messages). */
    public String serverLog() {
        try {
            return Files.readString(directory.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the server (immediately: nothing in it is worth keeping) and deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (Files.exists(dataDir().resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", dataDir().toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException e) {
            // deleting the directory below still frees the disk; the server dies with its files
        } finally {
            Directories.deleteRecursively(directory);
        }
    }

    private Path dataDir() {
        return directory.resolve("data");
    }

    private void run(String program, String... args) throws IOException {
        List<String> argv = new ArrayList<>(osUser.prefix());
        argv.add(binaries.program(program).toString());
        argv.addAll(List.of(args));
        ProcessResult r = processes.run(argv, directory, Map.of("LC_ALL", "C"), TIMEOUT, null, line -> { });
        if (r.exitCode() != 0 || r.timedOut()) {
            throw new IOException(program + " failed (exit " + r.exitCode() + (r.timedOut() ? ", timed out" : "")
                    + "): " + r.output().strip() + "\n" + serverLog());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
