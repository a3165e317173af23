package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OmeroServerSim;
import dev.planrun.examples.sim.Programs;
import dev.planrun.examples.sim.SimWheels;
import dev.planrun.examples.sim.VirtualEnvs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog's OMERO.web plan applied by the planrun jar to a simulated OMERO.web 5.6 installed
 * with pip in a real virtualenv (the fake {@code omero} command of the simulated omero-py), with
 * file sessions or sessions cached in a real Redis server.
 */
class OmeroWebUpgradeIT {

    private static final Path PLAN = Path.of("../plans/omero-web/5.6-to-5.33.yaml").toAbsolutePath().normalize();
    private static final String PLAN_ID = "omero-web-5.6-to-5.33";
    private static final DryRunEvidence DRY_RUNS = new DryRunEvidence();
    private static final String CACHED_SESSIONS = "django.contrib.sessions.backends.cache";

    @TempDir
    static Path shared;

    private static Path callLog;
    private static Path wheels;
    private static Path template;

    @TempDir
    Path dir;

    private final Programs programs = new Programs();
    private final VirtualEnvs venvs = new VirtualEnvs();
    private Path venv;
    private Path omerodir;
    private Path sessions;
    private Path nginxConf;
    private Path state;
    private PlanrunJar planrun;

    @BeforeAll
    static void buildWheelsAndVirtualenv() throws IOException {
        callLog = shared.resolve("calls.jsonl");
        wheels = new SimWheels(callLog, "psql").buildAll(shared.resolve("wheels"));
        VirtualEnvs venvs = new VirtualEnvs();
        template = venvs.create(shared.resolve("template"));
        venvs.install(template, wheels, "omero-web==5.6.0", "omero-py==5.19.3", "omero-figure==4.4.3");
    }

    @BeforeEach
    void setUp() throws IOException {
        Files.deleteIfExists(callLog);
        venv = venvs.copy(template, dir.resolve("venv3"));
        omerodir = dir.resolve("OMERO.web");
        sessions = Files.createDirectories(dir.resolve("tmp"));
        nginxConf = dir.resolve("omero-web.nginx.conf.new");
        state = dir.resolve("state");
        planrun = new PlanrunJar(dir, Map.of());
        omero("config", "set", "omero.web.server_list", "[[\"omero.example.org\", 4064, \"omero\"]]");
    }

    @Test
    void upgradesWithPipClearsFileSessionsRegeneratesNginxReinstallsPluginsAndRestarts() throws Exception {
        Files.writeString(sessions.resolve("sessionid4kq2x9"), "session of alice");
        Files.writeString(sessions.resolve("sessionidzz81"), "session of bob");
        Files.writeString(sessions.resolve("report.txt"), "not a session");

        PlanrunJar.Result r = apply("-p", "clear_sessions=true", "-p", "nginx_http_port=8080",
                "-p", "nginx_servername=omero.example.org", "-p", "plugins_remove=omero-figure",
                "-p", "plugins=omero-figure,omero-iviewer", "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        assertThat(fileNames(sessions)).as("%s", r).containsExactly("report.txt");
        assertThat(venvs.version(venv, "omero-web")).isEqualTo("5.33.2");
        assertThat(venvs.version(venv, "omero-py")).isEqualTo("5.19.4");
        assertThat(venvs.version(venv, "omero-figure")).isEqualTo("7.1.0");
        assertThat(venvs.version(venv, "omero-iviewer")).isEqualTo("0.19.1");
        assertThat(Files.readString(nginxConf)).contains("listen 8080;", "server_name omero.example.org;",
                "alias " + omerodir.resolve("lib/python/omeroweb/static") + ";");
        List<String> web = omeroCalls(omerodir).stream().filter(c -> c.startsWith("web ")).toList();
        assertThat(web).containsExactly("web config nginx --http 8080 --servername omero.example.org", "web restart",
                "web diagnostics");
        assertThat(omerodir.resolve("var/state/web")).hasContent("running");
        assertThat(skippedSteps()).containsExactly("export-configuration", "import-configuration", "clear-redis-sessions");
    }

    @Test
    void theReviewAndTheDryRunChangeNothingInPlaceOrMovingToANewVirtualenv() throws Exception {
        Files.writeString(sessions.resolve("sessionid4kq2x9"), "session of alice");
        DRY_RUNS.check(planrun, siteState(), state, EndToEnd.stepOrder(PLAN).size(), planArgs("-p", "clear_sessions=true",
                "-p", "plugins_remove=omero-figure", "-p", "plugins=omero-figure,omero-iviewer"));

        Path old = new OmeroServerSim(callLog).install("5.6", dir.resolve("OMERO.server-5.6"));
        programs.run(List.of(old.resolve("bin/omero").toString(), "config", "set", "omero.web.public.password",
                EndToEnd.SECRET), dir, Map.of());
        DRY_RUNS.check(planrun, siteState(old), state, EndToEnd.stepOrder(PLAN).size(), planArgs("-p", "new_venv=true",
                "-p", "old_omero=" + old.resolve("bin/omero")));
        EndToEnd.assertSecretNowhere(state, planrun); // no run directory: the outputs are searched
    }

    @AfterAll
    static void recordDryRuns() {
        DRY_RUNS.record("dry-run-omero-web", "The OMERO.web plan reviewed and dry-run in place and moving to a new"
                + " virtualenv: files, virtualenv and service calls unchanged");
    }

    /**
     * The params under which the most steps run: all but the Redis and new-virtualenv ones (nginx is
     * regenerated by default). Only with {@code -Dplanrun.evidence=all} ({@code bench/safety.sh --all}):
     * its 17 runs take about 3 minutes on 2 cores.
     */
    static Stream<String> mostSteps() {
        return Stream.of("clear_sessions=true nginx_http_port=8080 plugins_remove=omero-figure plugins=omero-figure,omero-iviewer")
                .filter(params -> OmeroServerInjectedFailureIT.ALL);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("mostSteps")
    void aFailureAtEveryStepRollsBackToTheStart(String params) throws Exception {
        nginxConf = Files.createDirectories(dir.resolve("nginx")).resolve("omero-web.nginx.conf.new");
        Files.writeString(nginxConf, "server { listen 80; } # the last upgrade's, half merged\n");
        Map<String, String> sessionFiles = Map.of("sessionid4kq2x9", "session of alice", "sessionidzz81", "session of bob");
        for (Map.Entry<String, String> f : sessionFiles.entrySet()) {
            Files.writeString(sessions.resolve(f.getKey()), f.getValue());
        }
        Files.writeString(sessions.resolve("report.txt"), "not a session");
        omero("web", "start"); // OMERO.web was running before the upgrade
        // the virtualenv by pip list, not by its files (pip rewrites what it reinstalls)
        SiteState site = new SiteState(List.of(omerodir, sessions, nginxConf.getParent()), List.of(), List.of(venv), List.of());
        String start = site.capture().text();
        FailureInjection injection = new FailureInjection(PLAN);

        for (FailureInjection.Point point : injection.points(Files.createDirectories(dir.resolve("plans")))) {
            List<String> args = new ArrayList<>(List.of("apply", "--state-dir", state.toString(), "--on-failure", "rollback",
                    "--yes"));
            args.addAll(planArgs(point.plan()));
            Stream.of(params.split(" ")).forEach(p -> args.addAll(List.of("-p", p)));

            PlanrunJar.Result r = planrun.run(args.toArray(String[]::new));

            assertThat(r.code()).as("failure %s: %s", point, r).isEqualTo(1);
            assertThat(r.err()).as("failure %s", point).contains("rolled back: step injected-failure failed");
            if (point.completed().contains("clear-file-sessions")) {
                // the document says to clear the session store; a store of sessions is not state a rollback
                // keeps (users log in again), so the deleted files stay deleted: put them back to compare the rest
                assertThat(fileNames(sessions)).as("failure %s", point).containsExactly("report.txt");
                for (Map.Entry<String, String> f : sessionFiles.entrySet()) {
                    Files.writeString(sessions.resolve(f.getKey()), f.getValue());
                }
            }
            assertThat(site.capture().text()).as("the installation after failure %s and its rollback", point)
                    .isEqualTo(start);
            injection.restored();
        }
        assertThat(venvs.version(venv, "omero-figure")).isEqualTo("4.4.3");
        EndToEnd.assertSecretNowhere(state, planrun);
        injection.record("injected-failure-omero-web", "A failure at every step of OMERO.web 5.6 to 5.33 with on-failure"
                + " rollback (" + params + "): the virtualenv (pip list), OMERODIR, nginx_conf and the session directory"
                + " as they started, the file sessions the plan clears put back first");
    }

    @Test
    void clearsExactlyTheSessionsCachedInRedis() throws Exception {
        try (RedisServer redis = RedisServer.start(Files.createDirectories(dir.resolve("redis")))) {
            omero("config", "set", "omero.web.session_engine", CACHED_SESSIONS);
            omero("config", "set", "omero.web.caches", "{\"default\": {\"BACKEND\": \"django_redis.cache.RedisCache\","
                    + " \"LOCATION\": \"" + redis.url() + "\"}}");
            redis.set(":1:django.contrib.sessions.cache4kq2x9", "session of alice");
            redis.set(":1:django.contrib.sessions.cachezz81", "session of bob");
            List<String> others = List.of(":1:views.decorators.cache.cache_page.index", "celery-task-meta-1", "omero:figure:7");
            for (String key : others) {
                redis.set(key, "kept");
            }
            Files.writeString(sessions.resolve("sessionid4kq2x9"), "a file session from before");

            PlanrunJar.Result r = apply("-p", "clear_sessions=true", "-p", "redis_url=" + redis.url(), "--yes");

            assertThat(r.code()).as("%s", r).isZero();
            assertThat(redis.keys()).containsExactlyElementsOf(others);
            assertThat(fileNames(sessions)).as("sessions are not files here").containsExactly("sessionid4kq2x9");
            assertThat(skippedSteps()).contains("clear-file-sessions").doesNotContain("clear-redis-sessions");
            assertThat(omeroCalls(omerodir)).endsWith("web restart", "web diagnostics");
        }
    }

    @Test
    void movingToANewVirtualenvCarriesTheConfigurationOverWithoutShowingItsSecrets() throws Exception {
        Path old = new OmeroServerSim(callLog).install("5.6", dir.resolve("OMERO.server-5.6"));
        Path oldOmero = old.resolve("bin/omero");
        programs.run(List.of(oldOmero.toString(), "config", "set", "omero.web.public.password", EndToEnd.SECRET), dir, Map.of());
        programs.run(List.of(oldOmero.toString(), "config", "set", "omero.web.public.enabled", "true"), dir, Map.of());
        programs.run(List.of(oldOmero.toString(), "config", "set", "omero.web.server_list",
                "[[\"omero.example.org\", 4064, \"omero\"]]"), dir, Map.of());
        String oldConfiguration = programs.run(List.of(oldOmero.toString(), "config", "get", "--show-password"), dir, Map.of());
        EndToEnd.delete(omerodir); // the new virtualenv's OMERODIR has no configuration yet
        Files.deleteIfExists(callLog);

        PlanrunJar.Result r = apply("-p", "new_venv=true", "-p", "old_omero=" + oldOmero, "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        assertThat(omero("config", "get", "--show-password")).isEqualTo(oldConfiguration);
        assertThat(omero("config", "get", "omero.web.public.password").strip()).isEqualTo(EndToEnd.SECRET);
        List<CallLog.Call> calls = CallLog.read(callLog);
        assertThat(calls).filteredOn(c -> Path.of(c.home()).equals(old)).extracting(CallLog.Call::command)
                .containsExactly("config get --show-password");
        assertThat(omeroCalls(omerodir)).anyMatch(c -> c.startsWith("config load "));
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    private PlanrunJar.Result apply(String... more) {
        List<String> args = new ArrayList<>(List.of("apply", "--state-dir", state.toString()));
        args.addAll(planArgs(more));
        return planrun.run(args.toArray(String[]::new));
    }

    /** {@code PLAN -p NAME=VALUE... MORE...}: the plan with this installation's parameters. */
    private List<String> planArgs(String... more) {
        return planArgs(PLAN, more);
    }

    /** {@code plan -p NAME=VALUE... MORE...}: {@code plan} with this installation's parameters. */
    private List<String> planArgs(Path plan, String... more) {
        List<String> args = new ArrayList<>(List.of(plan.toString(),
                "-p", "venv=" + venv, "-p", "omerodir=" + omerodir, "-p", "pip_find_links=" + wheels,
                "-p", "session_dir=" + sessions, "-p", "nginx_conf=" + nginxConf));
        args.addAll(List.of(more));
        return args;
    }

    /** What the plan may change: the virtualenv, OMERODIR, the sessions, nginx's configuration, and {@code more}. */
    private SiteState siteState(Path... more) {
        List<Path> roots = new ArrayList<>(List.of(venv, omerodir, sessions, nginxConf));
        roots.addAll(List.of(more));
        return new SiteState(roots, List.of(), List.of(venv), List.of(callLog));
    }

    /** Runs the new virtualenv's {@code omero} on its OMERODIR; returns the output. */
    private String omero(String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of(venv.resolve("bin/omero").toString()));
        argv.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(VirtualEnvs.isolatedPip());
        env.put("OMERODIR", omerodir.toString());
        return programs.run(argv, dir, env);
    }

    /** The commands the fake omero ran on {@code home}, in order. */
    private static List<String> omeroCalls(Path home) throws IOException {
        return CallLog.read(callLog).stream().filter(c -> c.tool().equals("omero") && Path.of(c.home()).equals(home))
                .map(CallLog.Call::command).toList();
    }

    private List<String> skippedSteps() {
        return EndToEnd.stepsWith(state, PLAN_ID, "step-skipped");
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
