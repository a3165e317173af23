package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.reviewed.Digests;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.SafetyLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failure injected at every step of an OMERO.server plan in turn, with {@code --on-failure
 * rollback}, on one site: after each rolled-back run the site must be as it started, so the next
 * point starts from there. Once the database restore point has completed, rollback restores the
 * backup into a new database and points omero.db.name at it (the original is never dropped): the
 * site then lives on that database, as an administrator's would, and is compared on it.
 *
 * <p>The suite runs the 5.2 to 5.3 plan: every step type but pip (the precheck, the backup, the
 * restore point, the database script, file copies, the symlink, config-set, manual steps, the
 * server's stop and start), in the shape every hop with a database script shares. With
 * {@code -Dplanrun.evidence=all} ({@code bench/safety.sh --all}) it runs every omero-server plan.
 */
class OmeroServerInjectedFailureIT {

    static Stream<OmeroServerHopsIT.Hop> hops() throws IOException {
        return OmeroServerHopsIT.hops().filter(h -> ALL || PLANS.contains(h.file()));
    }

    /** Which plans: the suite's, every one ({@code -Dplanrun.evidence=all}), or those named ({@code =4.2-to-4.3.yaml,...}). */
    private static final String EVIDENCE = System.getProperty("planrun.evidence", "5.2-to-5.3.yaml");
    static final boolean ALL = EVIDENCE.equals("all");
    private static final List<String> PLANS = List.of(EVIDENCE.split(","));

    private static int plans;
    private static int steps;
    private static int points;

    @AfterAll
    static void record() {
        SafetyLedger.record("injected-failure-omero-server", "A failure at every step of " + plans + " omero-server"
                + " plan(s) with on-failure rollback: the site (files, configuration, server state, virtualenv, database"
                + " as pg_dump writes it) as it started; after the restore point, on the backup restored into a new database",
                "plans", plans, "steps", steps, "failure points", points, "rolled back to the starting state", points);
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hops")
    void aFailureAtEveryStepIsRolledBackToTheStartingState(OmeroServerHopsIT.Hop hop) throws IOException {
        OmeroSite site = OmeroSite.create(dir.resolve("site"), hop.from(), hop.to(), OmeroDatabase.Options.clean(), hop.pip());
        PlanrunJar planrun = OmeroSite.planrun(dir);
        Path state = dir.resolve("state");
        FailureInjection injection = new FailureInjection(OmeroSite.PLANS.resolve(hop.file()));
        String database = site.dbName();
        String start = state(site, database);
        Path memo = site.layout().dataDir().resolve("BioFormatsCache/data/images/.cells-01.tif.bfmemo");
        byte[] memoBytes = Files.readAllBytes(memo);

        for (FailureInjection.Point point : injection.points(Files.createDirectories(dir.resolve("plans")))) {
            String restoreDb = site.dbName() + "_r" + point.index();
            Map<String, String> params = new java.util.LinkedHashMap<>(site.params());
            params.put("db_name", database);
            params.put("restore_db_name", restoreDb);
            List<String> args = new ArrayList<>(List.of("apply", point.plan().toString(), "--state-dir", state.toString(),
                    "--on-failure", "rollback", "--yes"));
            params.forEach((k, v) -> args.addAll(List.of("-p", k + "=" + v)));

            PlanrunJar.Result r = planrun.run(args.toArray(String[]::new));

            assertThat(r.code()).as("failure %s: %s", point, r).isEqualTo(1);
            assertThat(r.err()).as("failure %s", point).contains("rolled back: step injected-failure failed");
            String configured = site.omeroConfig("omero.db.name");
            if (point.completed().contains("database-restore-point")) {
                assertThat(configured).as("failure %s: the backup restored into a new database", point).isEqualTo(restoreDb);
                assertThat(OmeroSite.history(site.database(database))).as("the database before, kept").isNotEmpty();
                database = restoreDb;
            } else {
                assertThat(configured).as("failure %s", point).isEqualTo(database);
            }
            if (point.completed().contains("clear-bioformats-cache")) {
                // the documents delete the invalidated memo files; nothing restores a cache, it is rebuilt on demand
                assertThat(memo).as("failure %s", point).doesNotExist();
                Files.createDirectories(memo.getParent());
                Files.write(memo, memoBytes);
            }
            assertThat(state(site, database)).as("the site after failure %s and its rollback", point).isEqualTo(start);
            injection.restored();
        }
        EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
        plans++;
        steps += injection.order().size();
        points += injection.order().size() + 1;
    }

    /**
     * Everything a run may change on the site, with the name of the database it runs on written as
     * DB: each file's kind, mode and content (not the backups the runs keep, the call log or Python's
     * caches), and the database as pg_dump writes it (schema and data).
     */
    private static String state(OmeroSite site, String database) throws IOException {
        Path root = site.layout().root();
        Path venv = site.layout().venv();
        List<Path> left = List.of(site.layout().backupDir(), site.layout().callLog(), venv);
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (left.stream().anyMatch(p::startsWith) || p.toString().contains("__pycache__")) {
                    continue;
                }
                out.append(root.relativize(p)).append(' ');
                if (Files.isSymbolicLink(p)) {
                    out.append("link -> ").append(Files.readSymbolicLink(p));
                } else {
                    out.append(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                    if (Files.isRegularFile(p)) {
                        String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                        out.append(' ').append(Digests.sha256(content.replace(database, "DB")));
                    }
                }
                out.append('\n');
            }
        }
        if (Files.isDirectory(venv)) {
            out.append(new VirtualEnvs().packages(venv));
        }
        out.append(PgTools.forTests().dump(site.database(database)));
        return out.toString();
    }
}
