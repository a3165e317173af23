package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.examples.sim.OmeroReleases;
import dev.planrun.testkit.SafetyLedger;
import dev.planrun.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OMERO.server 3.2 to 5.6 in one run ({@code apply --product omero-server --from auto --to 5.6}) on
 * a simulated site, through the real jar: every database script in order, one backup, the 5.6
 * binaries installed once; and the same chain killed (SIGKILL) after every step and resumed, which
 * must end in the same state.
 */
class OmeroChainIT {

    static final String PLAN_ID = "omero-server-3.2-to-5.6";

    @TempDir
    static Path shared;

    private static OmeroChainSite site;
    private static String uninterrupted;
    private static PlanrunJar.Result applied;
    private static PlanrunJar planrun;

    private static List<String> chain(String from, Path state, OmeroChainSite s, String... more) {
        List<String> args = new ArrayList<>(List.of("--product", "omero-server", "--from", from, "--to", "5.6",
                "--params-file", s.paramsFile().toString(), "--state-dir", state.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static String[] command(String verb, List<String> args) {
        List<String> all = new ArrayList<>(List.of(verb));
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void applyTheWholeChain() throws Exception {
        Path dir = Files.createDirectories(shared.resolve("uninterrupted"));
        site = OmeroChainSite.create(dir.resolve("site"), "3.2", "5.6", true);
        planrun = new PlanrunJar(dir, OmeroChainSite.environment());
        DryRunEvidence dryRuns = new DryRunEvidence();
        var layout = site.layout();
        var hops = dev.planrun.catalog.HopPath.find(dev.planrun.catalog.Catalog.fromClassPath(OmeroChainIT.class.getClassLoader(),
                new dev.planrun.load.PlanLoader()).product("omero-server"), "3.2", "5.6").orElseThrow().get(0);
        dryRuns.check(planrun, new SiteState(List.of(layout.root()), List.of(site.db()), List.of(layout.venv()),
                List.of(layout.callLog())), dir.resolve("state"), hops.stream().mapToInt(h -> h.plan().steps().size()).sum(),
                List.of("--product", "omero-server", "--from", "auto", "--to", "5.6", "--params-file", site.paramsFile().toString()));
        dryRuns.record("dry-run-omero-server-chain", "The OMERO.server 3.2 to 5.6 chain (--from auto) reviewed and dry-run"
                + " on a 3.2 site: files, database, virtualenv and service calls unchanged");
        applied = planrun.run(command("apply", chain("auto", dir.resolve("state"), site, "--yes")));
        uninterrupted = site.state();
    }

    @Test
    void everyDatabaseScriptRunsInOrderAndTheServerEndsOn56() throws Exception {
        assertThat(applied.code()).as("%s", applied).isZero();
        assertThat(applied.err()).contains("--from auto: the database is at OMERO3A__11, so the chain starts at 3.2");
        List<String> expected = OmeroReleases.MAIN_LINE.stream().map(Object::toString).toList();
        assertThat(site.history()).containsExactlyElementsOf(expected);

        Path root = site.layout().root();
        assertThat(site.layout().serverDir().toRealPath()).isEqualTo(site.layout().releaseDir().toRealPath());
        assertThat(site.layout().oldInstallation().resolve("bin/omero")).as("the 3.2 installation is kept").exists();
        try (Stream<Path> releases = Files.list(root)) {
            assertThat(releases.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("OMERO.server-")))
                    .as("no intermediate release is installed").containsExactlyInAnyOrder("OMERO.server-3.2", "OMERO.server-5.6");
        }
        String config = Files.readString(site.layout().releaseDir().resolve("etc/grid/config.xml"));
        assertThat(config).contains("value=\"" + site.dbName() + "\"", "omero.jvmcfg.heap_size.blitz\" value=\"2G\"");
        assertThat(applied.out().split("\\[\\d+/\\d+] \\S+\\.backup-database: started", -1)).hasSize(2);
        assertThat(applied.out()).contains("SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION OMERO5.4__0");
        EndToEnd.assertSecretNowhere(shared.resolve("uninterrupted/state"), planrun, OmeroChainSite.SECRET);
    }

    @Test
    void theBackupTakenBeforeTheFirstScriptRestoresThe32Database() throws Exception {
        Path dump;
        try (Stream<Path> dumps = Files.list(site.layout().backupDir())) {
            dump = dumps.filter(p -> p.toString().endsWith(".dump")).findFirst().orElseThrow();
        }
        TestPostgres pg = TestPostgres.get();
        var target = pg.createDatabase("restored");
        try {
            var restore = new ProcessBuilder(pg.binaries().program("pg_restore").toString(), "--no-owner", "-d",
                    target.libpqEnvironment().get("PGDATABASE"), dump.toString()).redirectErrorStream(true);
            restore.environment().putAll(target.libpqEnvironment());
            Process p = restore.start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            try (Connection c = target.open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select currentversion || '__' || currentpatch from dbpatch order by id desc limit 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("OMERO3A__11");
            }
        } finally {
            pg.dropDatabase(target);
        }
    }

    @Test
    void theReviewOfTheChainShowsEveryHop() {
        PlanrunJar.Result review = planrun.run("plan", "--product", "omero-server", "--from", "3.2", "--to", "5.6",
                "--params-file", site.paramsFile().toString(), "--offline", "--format", "markdown");
        assertThat(review.out()).as("%s", review).contains("omero-server-3.2-to-4.0", "omero-server-4.1-to-4.2", "omero-server-5.3-to-5.4",
                "omero-server-5.5-to-5.6", "```mermaid");
    }

    /**
     * The chain killed with SIGKILL as soon as each further step ends (the journal says so), then
     * resumed, until a run ends by itself: every step boundary of the chain is a kill point.
     */
    @Test
    void killedAfterEveryStepAndResumedItEndsInTheUninterruptedState() throws Exception {
        Path dir = Files.createDirectories(shared.resolve("killed"));
        OmeroChainSite killed = OmeroChainSite.create(dir.resolve("site"), "3.2", "5.6", true);
        Path state = dir.resolve("state");
        PlanrunJar cli = new PlanrunJar(dir, OmeroChainSite.environment());
        List<String> args = chain("3.2", state, killed, "--yes");
        int boundaries = 0;
        int midStep = 0;
        int reruns = 0;
        boolean first = true;
        for (int attempt = 0; ; attempt++) {
            assertThat(attempt).as("applies and resumes (a chain of some 70 steps)").isLessThan(500);
            if (attempt > 0 && finished(state)) {
                break; // the kill landed after the run had finished: nothing is left to resume
            }
            int ended = endedSteps(state);
            Process p = cli.start(command("apply", first ? args : withResume(args)));
            first = false;
            while (p.isAlive() && endedSteps(state) <= ended) {
                Thread.sleep(5);
            }
            if (!p.isAlive()) {
                int code = p.exitValue();
                if (code == 0) {
                    break;
                }
                // a step killed in its middle that is not safe to run again: planrun stops and says so;
                // the operator checks (here: nothing to check) and resumes again, which runs it again
                assertThat(lastFailure(state)).as("exit %d", code).contains("not safe to run again");
                reruns++;
                continue;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            if (lastEvent(state).path("event").asText().equals("step-started")) {
                midStep++;
            } else {
                boundaries++;
            }
            waitForLeftovers(killed.layout().root());
        }
        assertThat(killed.state()).isEqualTo(uninterrupted);
        List<JsonNode> journal = journal(state);
        long steps = journal.stream().filter(n -> n.path("event").asText().equals("step-succeeded")).count();
        assertThat(boundaries + midStep).isGreaterThanOrEqualTo((int) steps - 1);
        EndToEnd.assertSecretNowhere(state, cli, OmeroChainSite.SECRET);
        SafetyLedger.record("crash-resume-chain", "OMERO.server 3.2 to 5.6 chain killed with SIGKILL after every step"
                        + " and resumed: final state identical to an uninterrupted run",
                "steps done in the chain (others skipped by their condition)", steps, "kills at a step boundary", boundaries, "kills in the middle of a step", midStep,
                "interrupted steps planrun refused to repeat on its own", reruns);
    }

    /** Whether the run's journal ends with its successful end. */
    private static boolean finished(Path state) {
        JsonNode last = lastEvent(state);
        return last.path("event").asText().equals("run-finished") && last.path("status").asText().equals("DONE");
    }

    private static List<String> withResume(List<String> args) {
        List<String> out = new ArrayList<>(args);
        out.add("--resume");
        return out;
    }

    /** Steps that ended (done or skipped) in the run's journal so far. */
    private static int endedSteps(Path state) {
        return (int) journal(state).stream().map(n -> n.path("event").asText())
                .filter(e -> e.equals("step-succeeded") || e.equals("step-skipped")).count();
    }

    private static String lastFailure(Path state) {
        return journal(state).stream().filter(n -> n.path("event").asText().equals("step-failed"))
                .reduce((a, b) -> b).map(n -> n.path("error").asText()).orElse("no step failed");
    }

    private static JsonNode lastEvent(Path state) {
        List<JsonNode> j = journal(state);
        return j.get(j.size() - 1);
    }

    private static List<JsonNode> journal(Path state) {
        Path runs = state.resolve("runs/" + PLAN_ID);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(runs)) {
            Path run = all.sorted().reduce((a, b) -> b).orElse(null);
            Path journal = run == null ? null : run.resolve("journal.jsonl");
            if (journal == null || !Files.exists(journal)) {
                return List.of();
            }
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(journal)) {
                if (line.endsWith("}")) { // the line being written when the process was killed is not yet whole
                    out.add(json.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until no process started by the killed run (one whose command line names the site) is left. */
    private static void waitForLeftovers(Path root) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.allProcesses().anyMatch(h -> h.info().commandLine().map(c -> c.contains(root.toString()))
                .orElse(false))) {
            assertThat(System.nanoTime()).as("leftover processes of the killed run").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
