package dev.planrun.examples.e2e;

import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.examples.sim.OmeroSandbox;
import dev.planrun.examples.sim.Programs;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.postgresql.Driver;

/**
 * A simulated OMERO.server site ({@link OmeroSandbox}) with its database at the site's release on
 * the test PostgreSQL, owned by the role the plans run as, and the catalog parameters that point
 * an omero-server plan at both. The plans read the role's password from {@code OMERO_DB_PASS};
 * rollback's {@code createdb} authenticates as the superuser through a password file.
 *
 * @param setupCalls how many calls of the fake programs building the site made (the run's come after)
 */
record OmeroSite(OmeroSandbox.Layout layout, DatabaseTarget db, String dbName, List<String> initialHistory,
                 int setupCalls) {

    static final String DB_USER = "omero_e2e";
    static final String DB_PASSWORD = "0mero-e2e-Pa55";
    static final Path PLANS = Path.of("../plans/omero-server").toAbsolutePath().normalize();

    /** The site under {@code dir} for an upgrade from release {@code from} to {@code to}. */
    static OmeroSite create(Path dir, String from, String to, OmeroDatabase.Options options, boolean withVenv)
            throws IOException {
        DatabaseTarget db = database(from, options);
        String name = connection(db).getProperty("PGDBNAME");
        OmeroSandbox.Layout layout = new OmeroSandbox().create(Files.createDirectories(dir), from, to, name, withVenv);
        try (Connection c = db.open()) {
            return new OmeroSite(layout, db, name, OmeroDatabase.history(c), CallLog.read(layout.callLog()).size());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment planrun runs with for these sites. */
    static PlanrunJar planrun(Path dir) throws IOException {
        DatabaseTarget admin = TestPostgres.get().admin();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:" + admin.user() + ":" + admin.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        return new PlanrunJar(dir, Map.of("OMERO_DB_PASS", DB_PASSWORD, "PGPASSFILE", pgpass.toString()));
    }

    /** {@code planrun apply PLAN} with this site's parameters, {@code more} and the state directory. */
    PlanrunJar.Result apply(PlanrunJar planrun, Path plan, Path state, String... more) {
        List<String> args = new ArrayList<>(List.of("apply"));
        args.addAll(planArgs(plan));
        args.addAll(List.of("--state-dir", state.toString()));
        args.addAll(List.of(more));
        return planrun.run(args.toArray(String[]::new));
    }

    /** {@code PLAN -p NAME=VALUE...}: the plan with this site's parameters. */
    List<String> planArgs(Path plan) {
        List<String> args = new ArrayList<>(List.of(plan.toString()));
        params().forEach((k, v) -> args.addAll(List.of("-p", k + "=" + v)));
        return args;
    }

    /** What the plans may change on this site: its files, its database, its virtualenv, its programs' calls. */
    SiteState state() {
        return new SiteState(List.of(layout.root()), List.of(db), Files.isDirectory(layout.venv()) ? List.of(layout.venv())
                : List.of(), List.of(layout.callLog()));
    }

    /** The catalog parameters, the PostgreSQL programs of the test server and the rollback's database names. */
    Map<String, String> params() {
        Properties url = connection(db);
        Map<String, String> p = new java.util.LinkedHashMap<>(layout.params(url.getProperty("PGHOST"),
                Integer.parseInt(url.getProperty("PGPORT")), dbName, DB_USER));
        var bin = TestPostgres.get().binaries();
        p.put("pg_dump", bin.program("pg_dump").toString());
        p.put("pg_restore", bin.program("pg_restore").toString());
        p.put("createdb", bin.program("createdb").toString());
        p.put("db_admin_user", TestPostgres.get().admin().user());
        p.put("restore_db_name", restoreDbName());
        return p;
    }

    /** The new database a rollback restores the backup into. */
    String restoreDbName() {
        return dbName + "_restored";
    }

    /** Every version the database's dbpatch records, oldest first. */
    List<String> history() {
        return history(db);
    }

    static List<String> history(DatabaseTarget database) {
        try (Connection c = database.open()) {
            return OmeroDatabase.history(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same server's database {@code name}, as the plans' role. */
    DatabaseTarget database(String name) {
        DatabaseTarget other = TestPostgres.get().database(name);
        return new DatabaseTarget(other.url(), DB_USER, DB_PASSWORD);
    }

    /** The calls of the fake programs made since the site was built. */
    List<CallLog.Call> callsSinceSetup() throws IOException {
        List<CallLog.Call> all = CallLog.read(layout.callLog());
        return all.subList(setupCalls, all.size());
    }

    /** What the site's {@code bin/omero config get KEY} prints (through server_dir, as an administrator would). */
    String omeroConfig(String key) throws IOException {
        return new Programs().run(List.of(layout.serverDir().resolve("bin/omero").toString(), "config", "get", key),
                layout.root(), Map.of("OMERODIR", "")).strip();
    }

    /** The backups in backup_dir. */
    List<Path> dumps() throws IOException {
        try (Stream<Path> files = Files.list(layout.backupDir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".dump")).sorted().toList();
        }
    }

    /** The log of step {@code id} in the newest run of plan {@code planId} under {@code state}. */
    static String stepLog(Path state, String planId, String id) throws IOException {
        Path run = newestRun(state, planId);
        try (Stream<Path> steps = Files.list(run.resolve("steps"))) {
            Path step = steps.filter(s -> s.getFileName().toString().matches("\\d+-" + java.util.regex.Pattern.quote(id)))
                    .findFirst().orElseThrow(() -> new AssertionError("no step " + id + " in " + run));
            return Files.readString(step.resolve("step.log"));
        }
    }

    /** The events the journal of the newest run of {@code planId} records for step {@code id}, in order. */
    static List<String> stepEvents(Path state, String planId, String id) throws IOException {
        List<String> events = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(newestRun(state, planId).resolve("journal.jsonl"))) {
            var event = json.readTree(line);
            if (id.equals(event.path("step").asText())) {
                events.add(event.path("event").asText());
            }
        }
        return events;
    }

    private static Path newestRun(Path state, String planId) throws IOException {
        try (Stream<Path> dirs = Files.list(state.resolve("runs").resolve(planId))) {
            return dirs.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** A new database at release {@code release}, owned by {@link #DB_USER}. */
    private static DatabaseTarget database(String release, OmeroDatabase.Options options) {
        DatabaseTarget owner = OwnedDatabase.create("omero_" + release, DB_USER, DB_PASSWORD);
        try (Connection c = owner.open()) {
            OmeroDatabase.initialise(c, release, options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owner;
    }

    private static Properties connection(DatabaseTarget db) {
        Properties p = Driver.parseURL(db.url(), null);
        if (p == null) {
            throw new IllegalStateException("not a PostgreSQL URL: " + db.url());
        }
        return p;
    }
}
