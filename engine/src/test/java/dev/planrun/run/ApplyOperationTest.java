package dev.planrun.run;

import static dev.planrun.run.TestPlans.copy;
import static dev.planrun.run.TestPlans.param;
import static dev.planrun.run.TestPlans.plan;
import static dev.planrun.run.TestPlans.shell;
import static dev.planrun.run.TestPlans.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planrun.interp.ParamInputs;
import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Expect;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.testkit.SecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyOperationTest {

    @TempDir
    Path dir;

    private EngineFixture engine() {
        return new EngineFixture(dir);
    }

    private List<String> mark(String name) {
        return List.of("mark", dir.resolve(name).toString());
    }

    private static Check fileExists(String path, CheckMeta.OnFail onFail) {
        return new Check.FileCheck(new CheckMeta("has-" + Path.of(path).getFileName(), null, onFail, null,
                Position.NONE), path, null);
    }

    @Test
    void runsStepsInGraphOrderAndJournalsEachOne() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(shell("b", mark("b"), "a"), shell("a", mark("a")), shell("c", List.of("say", "hello"))),
                List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isZero();
        assertThat(r.status()).isEqualTo(RunStatus.DONE);
        assertThat(r.message()).isEqualTo("3 steps");
        assertThat(e.executors.calls).containsExactly("apply:a", "apply:b", "apply:c");
        assertThat(EngineFixture.eventNames(r)).containsExactly("run-started", "step-started:a", "step-succeeded:a",
                "step-started:b", "step-succeeded:b", "step-started:c", "output-summary:c", "step-succeeded:c",
                "run-finished");
        JsonNode started = EngineFixture.journal(r).get(0);
        assertThat(started.get("planId").asText()).isEqualTo("test-plan");
        assertThat(started.get("planSha256").asText()).hasSize(64);
        assertThat(started.get("steps")).hasSize(3);
        JsonNode stepStarted = EngineFixture.journal(r).get(1);
        assertThat(stepStarted.get("sha256").asText()).hasSize(64);
        assertThat(stepStarted.get("logFile").asText()).isEqualTo("steps/01-a/step.log");
        assertThat(Files.readString(r.runDir().resolve("steps/03-c/step.log"))).contains("hello");
        assertThat(r.runDir().resolve("report.md")).exists();
        assertThat(Files.readString(r.runDir().resolve("report.json"))).contains("\"status\" : \"DONE\"");
        assertThat(r.runDir().getParent()).isEqualTo(dir.resolve("state/runs/test-plan"));
    }

    @Test
    void aFailingPlanPreconditionStopsBeforeAnythingIsTouched() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(shell("a", mark("a"))), List.of(),
                List.of(fileExists(dir.resolve("server").toString(), null)), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.message()).contains("a plan precondition does not hold").contains("it is missing");
        assertThat(e.executors.calls).isEmpty();
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(EngineFixture.eventNames(r)).containsExactly("run-started", "preconditions", "run-finished");
        assertThat(EngineFixture.journal(r).get(1).get("hold").asBoolean()).isFalse();
    }

    @Test
    void aFalseWhenSkipsTheStepAndRecordsWhy() throws IOException {
        EngineFixture e = engine();
        Check flag = new Check.ParamCheck(CheckMeta.at(Position.NONE), "virtual_dir", Expect.equalTo("true"));
        Plan p = plan(dir, List.of(with(shell("js", mark("js")), m -> m.when(flag)), shell("after", mark("after"))),
                List.of(param("virtual_dir", ParamType.STRING, "false")), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isZero();
        assertThat(e.executors.calls).containsExactly("apply:after");
        JsonNode skipped = EngineFixture.journal(r).stream().filter(n -> n.get("event").asText().equals("step-skipped"))
                .findFirst().orElseThrow();
        assertThat(skipped.get("step").asText()).isEqualTo("js");
        assertThat(skipped.get("reason").asText()).isEqualTo("when does not hold: param virtual_dir: expected 'true', found 'false'");
    }

    @Test
    void stepPreconditionsHonourOnFail() throws IOException {
        EngineFixture e = engine();
        String missing = dir.resolve("missing").toString();
        Plan p = plan(dir, List.of(
                with(shell("warned", mark("warned")), m -> m.pre(fileExists(missing, CheckMeta.OnFail.WARN))),
                with(shell("skipped", mark("skipped")), m -> m.pre(fileExists(missing, CheckMeta.OnFail.SKIP))),
                with(shell("halted", mark("halted")), m -> m.pre(fileExists(missing, CheckMeta.OnFail.HALT)))),
                List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(e.executors.calls).containsExactly("apply:warned");
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.message()).contains("step halted failed: precondition has-missing does not hold");
        assertThat(EngineFixture.eventNames(r)).contains("step-warning:warned", "step-skipped:skipped",
                "step-failed:halted");
    }

    @Test
    void aHaltingStepPreconditionBeforeAnyChangeIsAPreconditionFailure() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(with(shell("first", mark("first")),
                m -> m.pre(fileExists(dir.resolve("nope").toString(), null)))), List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.message()).endsWith("nothing was changed");
    }

    @Test
    void onFailureRollbackUndoesCompletedStepsInReverse() throws IOException {
        EngineFixture e = engine();
        Files.writeString(dir.resolve("src1"), "new one");
        Files.writeString(dir.resolve("src2"), "new two");
        Files.writeString(dir.resolve("dst1"), "old one");
        Plan p = plan(dir, List.of(copy("c1", dir.resolve("src1").toString(), dir.resolve("dst1").toString()),
                shell("mark", mark("marked")),
                copy("c2", dir.resolve("src2").toString(), dir.resolve("dst2").toString()),
                shell("boom", List.of("fail", "disk full"))), List.of(), List.of(), OnFailure.ROLLBACK);
        RunResult r = e.apply(p);
        assertThat(r.status()).isEqualTo(RunStatus.ROLLED_BACK);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(e.executors.calls).containsExactly("apply:c1", "apply:mark", "apply:c2", "apply:boom",
                "rollback:c2", "rollback:c1");
        assertThat(Files.readString(dir.resolve("dst1"))).isEqualTo("old one");
        assertThat(dir.resolve("dst2")).doesNotExist();
        assertThat(r.message()).isEqualTo("step boom failed: disk full; rolled back c2, c1; passed over (no rollback): mark");
        JsonNode passed = EngineFixture.journal(r).stream()
                .filter(n -> n.get("event").asText().equals("step-rolled-back") && n.get("step").asText().equals("mark"))
                .findFirst().orElseThrow();
        assertThat(passed.get("outcome").asText()).isEqualTo("PASSED_OVER");
    }

    @Test
    void anIrreversibleStepEndsAutomaticRollbackAndNamesWhatIsLeft() throws IOException {
        EngineFixture e = engine();
        Files.writeString(dir.resolve("src"), "x");
        Plan p = plan(dir, List.of(copy("c1", dir.resolve("src").toString(), dir.resolve("d1").toString()),
                with(shell("migrate", mark("migrated")), m -> m.rollback(Rollback.NONE)),
                copy("c2", dir.resolve("src").toString(), dir.resolve("d2").toString()),
                shell("boom", List.of("fail", "no"))), List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p, OnFailure.ROLLBACK);
        assertThat(r.status()).isEqualTo(RunStatus.ROLLBACK_INCOMPLETE);
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.leftOver()).containsExactly("migrate", "c1");
        assertThat(r.message()).contains("rollback stopped at migrate: it is irreversible (rollback: none)")
                .contains("left for a person: migrate, c1");
        assertThat(dir.resolve("d2")).doesNotExist();
        assertThat(dir.resolve("d1")).exists();
    }

    @Test
    void retriesRunAFailedStepAgain() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(with(shell("flaky", List.of("flaky", dir.resolve("n").toString(), "3")),
                m -> m.retries(2))), List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isZero();
        assertThat(e.executors.calls).containsExactly("apply:flaky", "apply:flaky", "apply:flaky");
        assertThat(EngineFixture.journal(r).stream().filter(n -> n.get("event").asText().equals("step-warning"))
                .map(n -> n.get("message").asText()).toList())
                .containsExactly("attempt 1 of 3 failed: attempt 1 failed; trying again in 7s",
                        "attempt 2 of 3 failed: attempt 2 failed; trying again in 7s");
    }

    @Test
    void continueOnErrorGoesOnButSkipsWhatNeedsTheFailedStep() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(with(shell("optional", List.of("fail", "no cache")), m -> m.continueOnError()),
                shell("uses-it", mark("uses"), "optional"), shell("other", mark("other"))),
                List.of(), List.of(), OnFailure.ROLLBACK);
        RunResult r = e.apply(p);
        assertThat(r.exitCode()).isZero();
        assertThat(r.message()).contains("failed and continued past (continue-on-error): optional");
        assertThat(e.executors.calls).containsExactly("apply:optional", "apply:other");
        assertThat(EngineFixture.journal(r).stream().filter(n -> n.get("event").asText().equals("step-skipped"))
                .map(n -> n.get("reason").asText())).containsExactly("needs optional, which failed");
    }

    @Test
    void secretsAppearInNoArtefact() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(shell("say", List.of("say", "connecting with ${db_password}", "done")),
                shell("boom", List.of("fail", "login failed for ${db_password}"))),
                List.of(new dev.planrun.model.ParamSpec("db_password", ParamType.SECRET, null, true, null, null, null,
                        Position.NONE)), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p, Map.of("db_password", "pa55-w0rd!"), false);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.message()).contains("******").doesNotContain("pa55-w0rd!");
        assertThat(SecretScan.findings(dir.resolve("state"), "pa55-w0rd!")).isEmpty();
        assertThat(Files.readString(r.runDir().resolve("steps/01-say/step.log"))).contains("connecting with ******");
        assertThat(e.events.toString()).doesNotContain("pa55-w0rd!");
    }

    @Test
    void theStateDirectoryAndEverythingInItIsReadableByItsOwnerOnly() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(shell("say", List.of("say", "hello")), shell("boom", List.of("fail", "no"))),
                List.of(), List.of(), OnFailure.STOP);
        RunResult r = e.apply(p);
        assertThat(e.apply(p, Map.of(), true).runId()).isEqualTo(r.runId());

        assertThat(r.runDir().resolve("steps/01-say/step.log")).exists();
        assertThat(r.runDir().resolve("report.json")).exists();
        assertThat(SecretScan.notPrivate(dir.resolve("state"))).isEmpty();
    }

    @Test
    void anUnusableStateDirectoryIsAUsageErrorThatSaysWhy() throws IOException {
        EngineFixture e = engine();
        Plan p = plan(dir, List.of(shell("say", List.of("say", "hello"))), List.of(), List.of(), OnFailure.STOP);
        Path file = Files.writeString(dir.resolve("a-file"), "");
        RunServices s = e.services();
        Map<Path, String> why = Map.of(file, file + " exists and is not a directory",
                file.resolve("below"), file + " exists and is not a directory",
                Path.of("/proc/nope"), "cannot create or open /proc/nope (no such file or directory)");
        for (Path state : why.keySet()) {
            RunServices elsewhere = new RunServices(s.executors(), s.processes(), s.confirmer(),
                    new dev.planrun.journal.RunStore(state), s.listeners(), s.environment(), s.workingDir(), s.clock(),
                    s.sleeper(), s.connector(), s.checks());
            RunResult r = new ApplyOperation(elsewhere).apply(new ApplyRequest(p, ParamInputs.NONE, null, false));
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            assertThat(r.message()).isEqualTo("cannot use the state directory " + state + ": " + why.get(state)
                    + "; give a directory planrun may create and write with --state-dir or $PLANRUN_STATE_DIR");
        }
        assertThat(e.executors.calls).isEmpty();
    }
}
