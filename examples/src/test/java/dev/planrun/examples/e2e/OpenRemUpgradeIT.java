package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OpenRemSim;
import dev.planrun.examples.sim.Programs;
import dev.planrun.examples.sim.SimWheels;
import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's OpenREM 0.9.1 to 0.10.0 plan applied by the planrun jar to simulated OpenREM
 * installations: a real virtualenv and pip, the fake manage.py and systemctl, and a real
 * PostgreSQL database (or an SQLite file).
 */
class OpenRemUpgradeIT {

    private static final Path PLAN = Path.of("../plans/openrem/0.9.1-to-0.10.0.yaml").toAbsolutePath().normalize();
    private static final String PLAN_ID = "openrem-0.9.1-to-0.10.0";
    private static final String DB_USER = "openremuser";
    private static final DryRunEvidence DRY_RUNS = new DryRunEvidence();
    private static final List<String> SERVICES = List.of("openrem-celery", "orthanc", "openrem-gunicorn");

    @TempDir
    static Path shared;

    private static Path callLog;
    private static Path wheels;
    private static Path template;

    @TempDir
    Path dir;

    private final Programs programs = new Programs();
    private final VirtualEnvs venvs = new VirtualEnvs();
    private OpenRemSim sim;
    private Path systemctl;
    private Path state;
    private Path backups;
    private PlanrunJar planrun;
    private DatabaseTarget db;
    private CompletableFuture<Void> celery;

    @BeforeAll
    static void buildWheelsAndVirtualenv() throws IOException {
        callLog = shared.resolve("calls.jsonl");
        String psql = TestPostgres.get().binaries().program("psql").toString();
        wheels = new SimWheels(callLog, psql).buildAll(shared.resolve("wheels"));
        template = new OpenRemSim(callLog, new VirtualEnvs()).template(shared.resolve("template"), wheels);
    }

    @BeforeEach
    void setUp() throws IOException {
        sim = new OpenRemSim(callLog, venvs);
        systemctl = sim.systemctl(dir.resolve("bin"), dir.resolve("units"));
        for (String unit : SERVICES) {
            programs.run(List.of(systemctl.toString(), "start", unit), dir, Map.of());
        }
        Files.deleteIfExists(callLog);
        state = dir.resolve("state");
        backups = Files.createDirectories(dir.resolve("backups"));
        planrun = new PlanrunJar(dir, Map.of("OPENREM_DB_PASS", EndToEnd.SECRET));
    }

    @AfterEach
    void tearDown() {
        if (celery != null) {
            celery.cancel(true);
        }
        if (db != null) {
            TestPostgres.get().dropDatabase(db);
        }
    }

    @Test
    void upgradesAPostgresqlInstallationStoppingTheServicesAroundPip() throws Exception {
        OpenRemSim.Installation site = postgresqlSite();
        String settings = Files.readString(site.localSettings());
        finishSummaryMigrationOnceAsked(site);

        PlanrunJar.Result r = apply(site, "-p", "summary_timeout=2m", "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        Path dump = onlyFile(backups);
        assertThat(dump.getFileName().toString()).startsWith(dbName() + "-").endsWith(".dump");
        assertThat(programs.run(List.of(pgTool("pg_restore"), "--list", dump.toString()), dir, Map.of()))
                .contains("TABLE public remapp_generalstudymoduleattr");
        assertThat(venvs.version(site.venv(), "openrem")).isEqualTo("0.10.0");

        List<CallLog.Call> calls = CallLog.read(callLog);
        assertThat(commands(calls, "systemctl")).containsExactly("stop openrem-celery", "stop orthanc",
                "start openrem-celery", "start orthanc", "restart openrem-gunicorn");
        Instant pipStarted = journalTime("step-started", "install-openrem");
        Instant pipDone = journalTime("step-succeeded", "install-openrem");
        assertThat(calls).filteredOn(c -> c.command().startsWith("stop ")).allMatch(c -> c.time().isBefore(pipStarted));
        assertThat(calls).filteredOn(c -> c.tool().equals("systemctl") && !c.command().startsWith("stop "))
                .allMatch(c -> c.time().isAfter(pipDone));
        assertThat(commands(calls, "manage.py")).containsExactly("makemigrations remapp", "migrate remapp",
                "collectstatic --clear --noinput", "sim_finish_summary_fields");
        assertThat(calls).filteredOn(c -> c.tool().equals("manage.py"))
                .allMatch(c -> Path.of(c.cwd()).equals(site.openremDir()));
        assertThat(site.staticRoot().resolve("remapp/openrem.css")).content().contains("0.10.0");
        assertThat(Files.readString(site.localSettings())).as("JS_REVERSE lines untouched").isEqualTo(settings);
        assertThat(activeServices()).containsExactlyElementsOf(SERVICES);

        assertThat(EndToEnd.stepsWith(state, PLAN_ID, "confirmation"))
                .containsExactly("start-summary-migration", "summary-fields-migrated-postgresql");
        assertThat(skippedSteps()).containsExactly("backup-sqlite", "js-reverse-output-path", "collectstatic-js-reverse",
                "summary-fields-migrated-sqlite");
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void theReviewAndTheDryRunChangeNothingOnEitherKindOfDatabase() throws Exception {
        OpenRemSim.Installation site = postgresqlSite();
        DRY_RUNS.check(planrun, siteState(site, null), state, EndToEnd.stepOrder(PLAN).size(), planArgs(site));

        TestPostgres.get().dropDatabase(db);
        db = null;
        Path file = sqliteDatabase();
        OpenRemSim.Installation lite = sim.installCopy(dir.resolve("dose-sqlite"), template, OpenRemSim.Database.sqlite(file));
        DRY_RUNS.check(planrun, siteState(lite, file), state, EndToEnd.stepOrder(PLAN).size(),
                planArgs(lite, "-p", "db_engine=sqlite3", "-p", "sqlite_path=" + file, "-p", "virtual_dir=true"));
    }

    @AfterAll
    static void recordDryRuns() {
        DRY_RUNS.record("dry-run-openrem", "The OpenREM plan reviewed and dry-run on a PostgreSQL and on an SQLite"
                + " installation (with the virtual-directory branch): files, database, virtualenv and service calls unchanged");
    }

    /**
     * A failure at every step in turn, with {@code --on-failure rollback}: before the database
     * migration, the rollback restores the installation (services, packages, settings, static
     * files, the database) and the next point starts from it; once the migration has run, the
     * rollback undoes what came after it, then stops at it (it is irreversible), names it and
     * exits 5, and the next point gets a new installation. The suite stops after the first such
     * point (the later ones end alike, each on a new installation); {@code -Dplanrun.evidence=all}
     * runs them all.
     */
    @Test
    void aFailureAtEveryStepRollsBackToTheStartOrStopsAtTheMigrationNamingIt() throws Exception {
        FailureInjection injection = new FailureInjection(PLAN);
        OpenRemSim.Installation site = null;
        String start = null;
        for (FailureInjection.Point point : injection.points(Files.createDirectories(dir.resolve("plans")))) {
            if (!OmeroServerInjectedFailureIT.ALL && injection.stopped() > 0) {
                break; // each later point needs a new installation and ends alike: -Dplanrun.evidence=all runs them all
            }
            if (site == null) {
                site = postgresqlSite("dose-" + point.index());
                start = rollbackState(site).capture().text();
            }
            if (point.completed().contains("summary-fields-migrated-postgresql")) { // its precondition polls for the migration
                finishSummaryMigrationOnceAsked(site);
            }
            List<String> args = new ArrayList<>(List.of("apply", "--state-dir", state.toString(), "--on-failure", "rollback",
                    "--yes"));
            args.addAll(planArgs(point.plan(), site, "-p", "summary_timeout=2m"));

            PlanrunJar.Result r = planrun.run(args.toArray(String[]::new));
            if (celery != null) {
                celery.join();
                celery = null;
            }

            if (point.completed().contains("migrate")) {
                assertThat(r.code()).as("failure %s: %s", point, r).isEqualTo(5);
                assertThat(r.err()).as("failure %s", point).contains("step injected-failure failed")
                        .containsPattern("left for a person: .*\\bmigrate\\b");
                assertThat(EndToEnd.stepsWith(state, PLAN_ID, "step-rolled-back")).as("failure %s", point)
                        .doesNotContain("install-openrem");
                injection.stoppedAtIrreversible();
                TestPostgres.get().dropDatabase(db);
                db = null;
                site = null;
            } else {
                assertThat(r.code()).as("failure %s: %s", point, r).isEqualTo(1);
                assertThat(r.err()).as("failure %s", point).contains("rolled back: step injected-failure failed");
                assertThat(rollbackState(site).capture().text()).as("after failure %s and its rollback", point)
                        .isEqualTo(start);
                injection.restored();
            }
        }
        EndToEnd.assertSecretNowhere(state, planrun);
        injection.record("injected-failure-openrem", "A failure at every step of OpenREM 0.9.1 to 0.10.0 up to the first"
                + " after the migration (every step with -Dplanrun.evidence=all), with on-failure rollback: the installation"
                + " as it started before the migration; after it, exit 5 naming the migration");
    }

    /** What a rollback must restore: the installation, the services, the database (the backups the runs keep left out). */
    private SiteState rollbackState(OpenRemSim.Installation site) {
        return new SiteState(List.of(site.venv().getParent(), dir.resolve("units")), List.of(db), List.of(site.venv()),
                List.of());
    }

    @Test
    void anSqliteInstallationIsBackedUpAsACopyOfItsFile() throws Exception {
        Path file = sqliteDatabase();
        byte[] before = Files.readAllBytes(file);
        OpenRemSim.Installation site = sim.installCopy(dir.resolve("dose"), template, OpenRemSim.Database.sqlite(file));
        finishSummaryMigrationOnceAsked(site);

        PlanrunJar.Result r = apply(site, "-p", "db_engine=sqlite3", "-p", "sqlite_path=" + file, "-p",
                "summary_timeout=2m", "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        Path copy = onlyFile(backups);
        assertThat(copy.getFileName().toString()).startsWith("openrem-").endsWith(".sqlite3");
        assertThat(copy).hasBinaryContent(before);
        assertThat(Files.readAllBytes(file)).as("migrated after the backup").isNotEqualTo(before);
        assertThat(skippedSteps()).containsExactly("backup-postgresql", "js-reverse-output-path",
                "collectstatic-js-reverse", "summary-fields-migrated-postgresql");
        assertThat(venvs.version(site.venv(), "openrem")).isEqualTo("0.10.0");
    }

    @Test
    void aVirtualDirectoryInstallationGetsJsReverseOutputPathAfterStaticRootAndANewReverseJs() throws Exception {
        Path file = sqliteDatabase();
        OpenRemSim.Installation site = sim.installCopy(dir.resolve("dose"), template, OpenRemSim.Database.sqlite(file));
        List<String> before = Files.readAllLines(site.localSettings());
        finishSummaryMigrationOnceAsked(site);

        PlanrunJar.Result r = apply(site, "-p", "db_engine=sqlite3", "-p", "sqlite_path=" + file, "-p", "virtual_dir=true",
                "-p", "summary_timeout=2m", "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        List<String> after = Files.readAllLines(site.localSettings());
        int staticRoot = indexStartingWith(after, "STATIC_ROOT = ");
        assertThat(after.get(staticRoot + 1)).isEqualTo("JS_REVERSE_OUTPUT_PATH = os.path.join(STATIC_ROOT, 'js', 'django_reverse')");
        List<String> withoutNewLine = new ArrayList<>(after);
        withoutNewLine.remove(staticRoot + 1);
        assertThat(withoutNewLine).as("nothing else changed, the commented example kept").isEqualTo(before);
        assertThat(commands(CallLog.read(callLog), "manage.py")).containsSubsequence("collectstatic --clear --noinput",
                "collectstatic_js_reverse");
        assertThat(site.staticRoot().resolve("js/django_reverse/reverse.js")).content().contains("0.10.0");
    }

    @Test
    void aSummaryMigrationThatNeverCompletesStopsTheRunAtTheTimeoutAndResumeFinishesIt() throws Exception {
        OpenRemSim.Installation site = postgresqlSite();

        PlanrunJar.Result waited = apply(site, "-p", "summary_timeout=3s", "--yes");

        assertThat(waited.code()).as("%s", waited).isEqualTo(1);
        assertThat(waited.err()).contains("precondition summary-fields-complete does not hold")
                .contains("The summary-field migration has not completed within summary_timeout")
                .contains("did not hold within 3s").contains("then resume the run");
        assertThat(activeServices()).as("the upgrade itself is done").containsExactlyElementsOf(SERVICES);

        manage(site, "sim_finish_summary_fields");
        PlanrunJar.Result resumed = apply(site, "-p", "summary_timeout=3s", "--resume", "--yes");
        assertThat(resumed.code()).as("%s", resumed).isZero();
        assertThat(commands(CallLog.read(callLog), "manage.py")).as("nothing repeated")
                .containsExactly("makemigrations remapp", "migrate remapp", "collectstatic --clear --noinput",
                        "sim_finish_summary_fields");
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aFailedMigrationRolledBackLeavesServicesPackagesAndSettingsAsTheyWere() throws Exception {
        OpenRemSim.Installation site = postgresqlSite();
        sql("create table remapp_upgradestatus (id serial primary key)"); // a schema the migration does not expect
        String packages = venvs.packages(site.venv());
        String settings = Files.readString(site.localSettings());

        PlanrunJar.Result r = apply(site, "--on-failure", "rollback", "--yes");

        assertThat(r.code()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).contains("rolled back: step migrate failed");
        assertThat(activeServices()).containsExactlyElementsOf(SERVICES);
        assertThat(commands(CallLog.read(callLog), "systemctl")).containsExactly("stop openrem-celery", "stop orthanc",
                "start orthanc", "start openrem-celery");
        assertThat(venvs.packages(site.venv())).isEqualTo(packages);
        assertThat(site.localSettings()).hasContent(settings);
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    private PlanrunJar.Result apply(OpenRemSim.Installation site, String... more) {
        List<String> args = new ArrayList<>(List.of("apply", "--state-dir", state.toString()));
        args.addAll(planArgs(site, more));
        return planrun.run(args.toArray(String[]::new));
    }

    /** {@code PLAN -p NAME=VALUE... MORE...}: the catalog plan with this site's parameters. */
    private List<String> planArgs(OpenRemSim.Installation site, String... more) {
        return planArgs(PLAN, site, more);
    }

    private List<String> planArgs(Path plan, OpenRemSim.Installation site, String... more) {
        Map<String, String> pg = TestPostgres.get().admin().libpqEnvironment();
        List<String> args = new ArrayList<>(List.of(plan.toString(),
                "-p", "venv=" + site.venv(), "-p", "openrem_dir=" + site.openremDir(), "-p", "backup_dir=" + backups,
                "-p", "pip_find_links=" + wheels, "-p", "systemctl=" + systemctl, "-p", "pg_dump=" + pgTool("pg_dump"),
                "-p", "db_host=" + pg.get("PGHOST"), "-p", "db_port=" + pg.get("PGPORT"), "-p", "db_user=" + DB_USER,
                "-p", "summary_interval=1s"));
        if (db != null) {
            args.addAll(List.of("-p", "db_name=" + dbName()));
        }
        args.addAll(List.of(more));
        return args;
    }

    /** What the plan may change: the installation, the services, the backups, the database or the SQLite file. */
    private SiteState siteState(OpenRemSim.Installation site, Path sqlite) {
        List<Path> roots = new ArrayList<>(List.of(site.venv().getParent(), dir.resolve("units"), backups));
        if (sqlite != null) {
            roots.add(sqlite);
        }
        return new SiteState(roots, db == null ? List.of() : List.of(db), List.of(site.venv()), List.of(callLog));
    }

    /** A 0.9.1 installation on a new PostgreSQL database holding a few studies. */
    private OpenRemSim.Installation postgresqlSite() throws IOException {
        return postgresqlSite("dose");
    }

    /** As {@link #postgresqlSite()}, in directory {@code name}. */
    private OpenRemSim.Installation postgresqlSite(String name) throws IOException {
        db = OwnedDatabase.create("openrem", DB_USER, EndToEnd.SECRET);
        sql("create table remapp_generalstudymoduleattr (id serial primary key, study_instance_uid text not null)");
        sql("insert into remapp_generalstudymoduleattr (study_instance_uid) values ('1.2.3.1'), ('1.2.3.2')");
        Map<String, String> pg = db.libpqEnvironment();
        return sim.installCopy(dir.resolve(name), template, new OpenRemSim.Database("postgresql", dbName(), DB_USER,
                EndToEnd.SECRET, pg.get("PGHOST"), Integer.parseInt(pg.get("PGPORT"))));
    }

    /** An OpenREM 0.9.1 SQLite database file holding a few studies. */
    private Path sqliteDatabase() throws IOException {
        Path file = dir.resolve("openrem.db");
        programs.run(List.of("python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript("
                + "'create table remapp_generalstudymoduleattr (id integer primary key, study_instance_uid text);"
                + " insert into remapp_generalstudymoduleattr (study_instance_uid) values (\"1.2.3.1\");'); c.commit()",
                file.toString()), dir, Map.of());
        return file;
    }

    /**
     * Plays the administrator and Celery: once the run has asked for the summary-field migration
     * and the wait has polled at least once, records the migration as complete.
     */
    private void finishSummaryMigrationOnceAsked(OpenRemSim.Installation site) {
        Path earlier = newestRun(); // a run before this one asked too
        celery = CompletableFuture.runAsync(() -> {
            try {
                EndToEnd.waitFor(() -> {
                    Path newest = newestRun();
                    return newest != null && !newest.equals(earlier)
                            && EndToEnd.journalHas(state, PLAN_ID, "confirmation", "start-summary-migration");
                });
                Thread.sleep(1500);
                manage(site, "sim_finish_summary_fields");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The newest run directory of the plan, or null when there is none yet (also while the first is being made). */
    private Path newestRun() {
        try (Stream<Path> runs = Files.list(state.resolve("runs").resolve(PLAN_ID))) {
            return runs.max(java.util.Comparator.naturalOrder()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void manage(OpenRemSim.Installation site, String command) throws IOException {
        programs.run(List.of(site.venv().resolve("bin/python").toString(), "manage.py", command), site.openremDir(),
                Map.of());
    }

    private List<String> activeServices() throws IOException {
        List<String> active = new ArrayList<>();
        for (String unit : SERVICES) {
            if (programs.attempt(List.of(systemctl.toString(), "is-active", unit), dir, Map.of(), null).exitCode() == 0) {
                active.add(unit);
            }
        }
        return active;
    }

    private List<String> skippedSteps() {
        return EndToEnd.stepsWith(state, PLAN_ID, "step-skipped");
    }

    private Instant journalTime(String event, String step) {
        JsonNode n = EndToEnd.journal(state, PLAN_ID).stream()
                .filter(e -> e.get("event").asText().equals(event) && e.path("step").asText().equals(step))
                .findFirst().orElseThrow();
        return Instant.parse(n.get("time").asText());
    }

    private static List<String> commands(List<CallLog.Call> calls, String tool) {
        return calls.stream().filter(c -> c.tool().equals(tool) && !c.command().startsWith("is-active"))
                .map(CallLog.Call::command).toList();
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }

    private static Path onlyFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private String dbName() {
        return db.libpqEnvironment().get("PGDATABASE");
    }

    private static String pgTool(String name) {
        return TestPostgres.get().binaries().program(name).toString();
    }

    private void sql(String statement) {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
