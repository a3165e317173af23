package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real planrun jar applying the fixture plan (file-copy, config-set, pip, shell, manual
 * steps) to a simulated installation with a real virtualenv.
 */
class ApplyEndToEndIT {

    @TempDir
    static Path shared;

    private static Path wheels;

    @TempDir
    Path dir;

    private Installation site;
    private Path state;
    private Path plan;
    private PlanrunJar planrun;

    @BeforeAll
    static void buildWheels() throws IOException {
        wheels = Installation.wheels(shared.resolve("wheels"));
    }

    @BeforeEach
    void setUp() throws IOException {
        site = fresh("5.3.4");
        state = dir.resolve("state");
        plan = EndToEnd.plan(dir);
        planrun = new PlanrunJar(dir, Map.of("E2E_DB_PASSWORD", EndToEnd.SECRET));
    }

    private Installation fresh(String version) throws IOException {
        return Installation.create(Files.createDirectories(dir.resolve("install")), dir.resolve("venv"), wheels, version,
                EndToEnd.SECRET);
    }

    private String[] args(String command, Path planFile, String... more) {
        List<String> args = new ArrayList<>(List.of(command, planFile.toString(), "-p", "root=" + site.root(),
                "-p", "venv=" + site.venv(), "-p", "wheels=" + wheels, "-p", "db_url=" + site.db().url(),
                "-p", "db_user=" + site.db().user(), "--state-dir", state.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private PlanrunJar.Result apply(Path planFile, String... more) {
        return planrun.run(args("apply", planFile, more));
    }

    @Test
    void appliesEveryStepAndKeepsSecretsOutOfEveryArtefact() throws IOException {
        PlanrunJar.Result r = apply(plan, "--yes");
        assertThat(r.code()).as("%s", r).isZero();
        Path root = site.root();
        assertThat(Files.readSymbolicLink(root.resolve("server"))).isEqualTo(root.resolve("releases/server-5.4.0"));
        assertThat(root.resolve("data/migrated-5.4")).hasContent("5.4");
        assertThat(root.resolve("backup/etc/server.properties")).exists();
        assertThat(root.resolve("etc/server.properties")).content().contains("db.password=" + EndToEnd.SECRET);
        assertThat(site.state()).endsWith("e2e-tools in the virtualenv: 2.0\nschema versions: 5.3,5.4\n");
        assertThat(r.out()).contains("planrun: done: 10 steps").contains("SUCCESSFULLY UPGRADED").contains("migrating batch 1")
                .contains("connecting to the database with password ******");
        JsonNode skipped = EndToEnd.journal(state).stream()
                .filter(n -> n.get("event").asText().equals("step-skipped")).findFirst().orElseThrow();
        assertThat(skipped.get("step").asText()).isEqualTo("optional-web");
        assertThat(skipped.get("reason").asText()).startsWith("when does not hold: file " + root.resolve("web"));
        assertThat(EndToEnd.journal(state).stream().filter(n -> n.get("event").asText().equals("confirmation"))
                .map(n -> n.get("answer").asText())).containsExactly("confirmed");
        Path runDir = EndToEnd.runDir(state);
        assertThat(Files.readString(runDir.resolve("steps/07-announce/step.log")))
                .contains("connecting to the database with password ******");
        assertThat(runDir.resolve("report.md")).exists();
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aFailureAtAnyPointRollsTheInstallationBackToItsStart() throws IOException {
        String start = site.state();
        List<String> order = EndToEnd.stepOrder(plan);
        List<String> failurePoints = new ArrayList<>(order);
        failurePoints.add(null);
        for (String before : failurePoints) {
            PlanrunJar.Result r = apply(EndToEnd.withFailureBefore(plan, order, before, dir), "--yes");
            assertThat(r.code()).as("failure before %s: %s", before, r).isEqualTo(1);
            assertThat(r.err()).contains("planrun: rolled back: step injected-failure failed");
            assertThat(site.state()).as("after a failure before %s", before).isEqualTo(start);
        }
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aRollbackRehearsalOfEveryStepTypeReturnsToTheStartThenAppliesAgain() throws IOException {
        PlanrunJar.Result r = apply(plan, "--test-rollback", "--yes");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.out()).contains("planrun: done: rollback rehearsal: run ")
                .contains("applied and rolled back to the starting state")
                .contains("not compared (PostgreSQL never rolls sequences back): sequences of database main: ")
                .contains("then applied again: 10 steps");
        assertThat(EndToEnd.journal(state).stream().map(n -> n.get("event").asText())).contains("run-started")
                .doesNotContain("rollback-started");
        Path root = site.root();
        assertThat(Files.readSymbolicLink(root.resolve("server"))).isEqualTo(root.resolve("releases/server-5.4.0"));
        assertThat(site.state()).endsWith("e2e-tools in the virtualenv: 2.0\nschema versions: 5.3,5.4\n");
        try (var runs = Files.list(state.resolve("runs/e2e-server-upgrade"))) {
            assertThat(runs).hasSize(2);
        }
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aRollbackRehearsalNamesWhatTheRollbackLeftBehind() throws IOException {
        Path stray = EndToEnd.withStep(plan, dir, "stray-file", "[touch, \"${root}/releases/stray\"]");
        PlanrunJar.Result r = apply(stray, "--test-rollback", "--yes");
        assertThat(r.code()).as("%s", r).isEqualTo(5);
        assertThat(r.err()).contains("rollback incomplete: rollback rehearsal: after rolling back run")
                .contains("the state differs from the start in 1 place(s); the plan was not applied again")
                .contains("files " + site.root().resolve("releases") + ": stray: added");
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aRollbackRehearsalOfAPlanWithAnIrreversibleStepRunsNothing() throws IOException {
        String start = site.state();
        Path irreversible = dir.resolve("irreversible.yaml");
        Files.writeString(irreversible, Files.readString(plan).replace(
                "      script: delete from schema_version where version = '5.4';\n", "").replace(
                "    rollback:\n      connection: main\n", "    rollback: none\n"));
        PlanrunJar.Result r = apply(irreversible, "--test-rollback", "--yes");
        assertThat(r.code()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("cannot rehearse the rollback of e2e-server-upgrade: step(s) upgrade-db are"
                + " irreversible (rollback: none); nothing was run");
        assertThat(site.state()).isEqualTo(start);
        assertThat(state.resolve("runs")).doesNotExist();
    }

    @Test
    void aFailingPlanPreconditionChangesNothing() throws IOException {
        EndToEnd.delete(dir.resolve("install"));
        site = fresh("5.2.1");
        String start = site.state();
        PlanrunJar.Result r = apply(plan, "--yes");
        assertThat(r.code()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).contains("the server must run a 5.3 release").contains("the database must be at schema 5.3")
                .contains("nothing was changed");
        assertThat(site.state()).isEqualTo(start);
    }

    @Test
    void aKilledRunResumesToTheSameStateAsAnUninterruptedOne() throws Exception {
        assertThat(apply(plan, "-p", "migrate_seconds=3", "--yes").code()).isZero();
        String uninterrupted = site.state();
        EndToEnd.delete(dir.resolve("install"));
        EndToEnd.delete(dir.resolve("venv"));
        EndToEnd.delete(state);
        site = fresh("5.3.4");
        assertThat(site.state()).isNotEqualTo(uninterrupted);

        Process first = planrun.start(args("apply", plan, "-p", "migrate_seconds=3", "--yes"));
        EndToEnd.waitFor(() -> EndToEnd.journalHas(state, "step-started", "migrate-data")
                && EndToEnd.logContains(state, "steps/03-migrate-data/step.log", "migrating batch 1"));
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(EndToEnd.journalHas(state, "run-finished", null)).isFalse();

        PlanrunJar.Result resumed = apply(plan, "-p", "migrate_seconds=3", "--resume", "--yes");
        assertThat(resumed.code()).as("%s", resumed).isZero();
        JsonNode resumedEvent = EndToEnd.journal(state).stream()
                .filter(n -> n.get("event").asText().equals("run-resumed")).findFirst().orElseThrow();
        assertThat(resumedEvent.get("rerun").toString()).contains("migrate-data");
        assertThat(resumedEvent.get("done").toString()).contains("backup-config").contains("unpack-release");
        assertThat(EndToEnd.journal(state).stream().filter(n -> n.get("event").asText().equals("step-started")
                && n.get("step").asText().equals("unpack-release"))).hasSize(1);
        assertThat(site.state()).isEqualTo(uninterrupted);
        EndToEnd.assertSecretNowhere(state, planrun);
    }

    @Test
    void aSecondApplyOfTheSameTargetExitsFourNamingTheHolder() throws Exception {
        Process first = planrun.start(args("apply", plan, "-p", "migrate_seconds=3", "--yes"));
        EndToEnd.waitFor(() -> EndToEnd.journalHas(state, "step-started", "migrate-data"));
        PlanrunJar.Result second = apply(plan, "-p", "migrate_seconds=3", "--yes");
        assertThat(second.code()).as("%s", second).isEqualTo(4);
        assertThat(second.err()).contains("another run holds the lock").contains("pid " + first.pid());
        assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
    }

    @Test
    void aManualStepWithoutATerminalWaitsAndResumeYesContinues() throws IOException {
        PlanrunJar.Result waiting = apply(plan);
        assertThat(waiting.code()).as("%s", waiting).isEqualTo(7);
        assertThat(waiting.err()).contains("waiting for confirmation").contains("--resume --yes");
        assertThat(waiting.out()).contains("Open the web front end of the server in " + site.root());
        assertThat(Files.isSymbolicLink(site.root().resolve("server"))).isTrue();
        assertThat(Files.readSymbolicLink(site.root().resolve("server")).toString()).endsWith("server-5.3.4");
        PlanrunJar.Result resumed = apply(plan, "--resume", "--yes");
        assertThat(resumed.code()).as("%s", resumed).isZero();
        assertThat(Files.readSymbolicLink(site.root().resolve("server")).toString()).endsWith("server-5.4.0");
    }

    @Test
    void statusAndRollbackWorkOnAFinishedRun() throws IOException {
        String start = site.state();
        assertThat(apply(plan, "--yes").code()).isZero();
        PlanrunJar.Result status = planrun.run("status", plan.toString(), "--state-dir", state.toString());
        assertThat(status.code()).as("%s", status).isZero();
        assertThat(status.out()).contains("done (exit 0)").contains("switch-server").contains("step.log");
        PlanrunJar.Result undo = planrun.run(args("rollback", plan));
        assertThat(undo.code()).as("%s", undo).isZero();
        assertThat(site.state()).isEqualTo(start);
        assertThat(planrun.run("status", plan.toString(), "--state-dir", state.toString()).out())
                .contains("rollback done (exit 0)");
        EndToEnd.assertSecretNowhere(state, planrun);
    }
}
