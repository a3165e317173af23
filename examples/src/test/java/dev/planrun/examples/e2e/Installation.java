package dev.planrun.examples.e2e;

import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.examples.sim.Wheel;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TreeSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A simulated server installation in its state before the upgrade: the running release behind a
 * {@code server} symlink, its configuration, its data directory, the next release's archive, and
 * a virtualenv with version 1.0 of its tools.
 *
 * @param root the installation's files
 * @param venv its virtualenv (outside {@code root}: pip's caches are not state)
 * @param db   its database, as its owner (whose password is the plan's secret)
 */
record Installation(Path root, Path venv, Path wheels, DatabaseTarget db) {

    /** The database owner every installation's database belongs to; its password is the test's secret. */
    static final String DB_OWNER = "e2e_owner";

    /** Builds the wheels every installation's pip steps install from: e2e-tools 1.0 and 2.0. */
    static Path wheels(Path dir) throws IOException {
        for (String v : List.of("1.0", "2.0")) {
            new Wheel("e2e-tools", v, Map.of("e2e_tools/__init__.py", "VERSION = '" + v + "'\n"), List.of(), Map.of())
                    .writeInto(dir);
        }
        return dir;
    }

    static Installation create(Path root, Path venv, Path wheels, String currentVersion, String dbPassword)
            throws IOException {
        Path release = root.resolve("releases/server-" + currentVersion);
        Files.createDirectories(release.resolve("bin"));
        Files.writeString(release.resolve("VERSION"), currentVersion + "\n");
        Path bin = Files.writeString(release.resolve("bin/server"), "#!/bin/sh\necho server " + currentVersion + "\n");
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(root.resolve("server"), release);
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/server.properties"), "# server settings\ndb.name=server\ndb.user=server\n");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/records.txt"), "1\n2\n3\n");
        Files.createDirectories(root.resolve("dist"));
        try (OutputStream out = Files.newOutputStream(root.resolve("dist/server-5.4.0.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "server-5.4.0/VERSION", "5.4.0\n");
            entry(zip, "server-5.4.0/bin/server", "#!/bin/sh\necho server 5.4.0\n");
            entry(zip, "server-5.4.0/lib/server.jar", "not really a jar\n");
        }
        VirtualEnvs envs = new VirtualEnvs();
        Path template = wheels.resolveSibling(wheels.getFileName() + "-venv-template");
        if (!Files.isDirectory(template)) { // made once per set of wheels: creating a virtualenv takes seconds, copying one a moment
            envs.create(template);
            envs.install(template, wheels, "e2e-tools==1.0");
        }
        envs.copy(template, venv);
        return new Installation(root, venv, wheels, database(currentVersion.substring(0, 3), dbPassword));
    }

    /** A new database at schema {@code version}, owned by {@link #DB_OWNER}. */
    private static DatabaseTarget database(String version, String password) {
        DatabaseTarget owner = OwnedDatabase.create("e2e", DB_OWNER, password);
        try (Connection c = owner.open(); Statement s = c.createStatement()) {
            s.execute("create table schema_version (id serial primary key, version text not null)");
            s.execute("insert into schema_version (version) values ('" + version + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owner;
    }

    /** Everything the plan may change: the files, the tools in the virtualenv, the database's schema versions. */
    String state() {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(version, ',' order by id) from schema_version")) {
            rs.next();
            return TreeSnapshot.of(root) + "e2e-tools in the virtualenv: " + new VirtualEnvs().version(venv, "e2e-tools")
                    + "\nschema versions: " + rs.getString(1) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(1_500_000_000_000L); // fixed, so that every installation's archive is the same bytes
        zip.putNextEntry(e);
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
