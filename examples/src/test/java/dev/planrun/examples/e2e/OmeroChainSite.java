package dev.planrun.examples.e2e;

import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.examples.sim.OmeroSandbox;
import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.reviewed.Digests;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A simulated OMERO.server site (OmeroSandbox) with its database on the test suite's PostgreSQL,
 * owned by its own role whose password is the runs' secret, and the params file that points the
 * catalog plans at it.
 */
record OmeroChainSite(OmeroSandbox.Layout layout, DatabaseTarget db, String dbName, Path paramsFile) {

    static final String OWNER = "omero_chain"; // its own role: OwnedDatabase sets a password only when it creates one
    static final String SECRET = "Om3ro-chain-pw!";

    /** The environment a run gets: the password, as an administrator would export it. */
    static Map<String, String> environment() {
        return Map.of("OMERO_DB_PASS", SECRET);
    }

    static OmeroChainSite create(Path root, String from, String to, boolean withVenv) throws IOException {
        TestPostgres pg = TestPostgres.get();
        DatabaseTarget owner = OwnedDatabase.create("omero_" + from, OWNER, SECRET);
        String name = owner.libpqEnvironment().get("PGDATABASE");
        try (Connection c = owner.open()) {
            OmeroDatabase.initialise(c, from, OmeroDatabase.Options.clean());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        OmeroSandbox.Layout layout = new OmeroSandbox().create(root, from, to, name, withVenv);
        Map<String, String> host = owner.libpqEnvironment();
        StringBuilder params = new StringBuilder();
        layout.params(host.get("PGHOST"), Integer.parseInt(host.get("PGPORT")), name, OWNER)
                .forEach((k, v) -> params.append(k).append(": \"").append(v).append("\"\n"));
        for (String program : List.of("pg_dump", "pg_restore", "createdb")) {
            params.append(program).append(": \"").append(pg.binaries().program(program)).append("\"\n");
        }
        params.append("db_admin_user: \"").append(pg.admin().user()).append("\"\n");
        Path file = Files.writeString(root.resolve("site-params.yaml"), params);
        return new OmeroChainSite(layout, owner, name, file);
    }

    /** The database's dbpatch history, oldest first. */
    List<String> history() {
        try (Connection c = db.open()) {
            return OmeroDatabase.history(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything an upgrade changes, comparable between two sites built alike: each file's kind,
     * mode and content, with the site's own path and database name written as ROOT and DB (the
     * simulation writes them into configuration and scripts); the inputs (archives, wheels,
     * backups, the virtualenv's files) left out; the virtualenv's packages, the database's versions
     * and schema, and the server calls made that change something.
     */
    String state() throws IOException {
        Path root = layout.root();
        List<Path> inputs = List.of(root.resolve("backups"), root.resolve("downloads"), root.resolve("wheels"),
                layout.venv(), paramsFile, layout.callLog());
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (inputs.stream().anyMatch(p::startsWith) || p.toString().contains("__pycache__")) {
                    continue;
                }
                out.append(root.relativize(p)).append(' ').append(describe(p)).append('\n');
            }
        }
        if (Files.isDirectory(layout.venv())) {
            VirtualEnvs venvs = new VirtualEnvs();
            out.append("omero-py ").append(venvs.version(layout.venv(), "omero-py")).append('\n');
            out.append("omero-certificates ").append(venvs.version(layout.venv(), "omero-certificates")).append('\n');
        }
        out.append("dbpatch ").append(history()).append('\n');
        // the schema; the data differ by the times dbpatch records
        out.append(normal(PgTools.forTests().dump(db, List.of("--schema-only"))));
        out.append("calls that change something\n");
        for (CallLog.Call call : CallLog.read(layout.callLog())) {
            if (SiteState.readOnly(call)) {
                continue; // what reviews and checks read, as often as they were run
            }
            out.append(normal(call.home() + ": " + call.command())).append('\n');
        }
        return out.toString();
    }

    private String describe(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return "link -> " + normal(Files.readSymbolicLink(p).toString());
        }
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        if (Files.isDirectory(p)) {
            return "dir " + mode;
        }
        String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        return "file " + mode + " " + Digests.sha256(normal(content));
    }

    private String normal(String text) {
        return text.replace(layout.root().toString(), "ROOT").replace(dbName, "DB");
    }
}
