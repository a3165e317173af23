package dev.planrun.examples.sim;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, from the installed binaries, on a free port, trusting
 * local connections, removed on close. Runs as user postgres when the tests run as root
 * (PostgreSQL refuses root).
 */
final class ThrowawayPostgres implements AutoCloseable {

    private final Programs programs = new Programs();
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root = "root".equals(System.getProperty("user.name"));

    ThrowawayPostgres() throws IOException {
        bin = findBin();
        dir = Files.createTempDirectory("planrun-pg-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (root) {
            programs.run(List.of("chown", "-R", "postgres", dir.toString()), null, Map.of());
        }
        asOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C"));
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    int port() {
        return port;
    }

    Path bin() {
        return bin;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** Creates a UTF8 database and returns its name. */
    String createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
        }
        return name;
    }

    /** psql with the tools' connection options for {@code database}, e.g. to run a script. */
    List<String> psql(String database, String... more) {
        List<String> argv = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-h", "127.0.0.1",
                "-p", String.valueOf(port), "-U", "postgres", "-d", database));
        argv.addAll(List.of(more));
        return argv;
    }

    @Override
    public void close() throws IOException {
        try {
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void asOwner(List<String> argv) throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(argv);
        programs.run(command, dir, Map.of());
    }

    private static Path findBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IOException("no PostgreSQL binaries under /usr/lib/postgresql"));
        }
    }
}
