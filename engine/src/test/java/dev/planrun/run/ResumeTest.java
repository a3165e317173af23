package dev.planrun.run;

import static dev.planrun.run.TestPlans.manual;
import static dev.planrun.run.TestPlans.plan;
import static dev.planrun.run.TestPlans.shell;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import dev.planrun.exec.Confirmer;
import dev.planrun.interp.ParamInputs;
import dev.planrun.journal.RunJournal;
import dev.planrun.journal.RunLayout;
import dev.planrun.lock.LockHeldException;
import dev.planrun.lock.RunLock;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.ShellStep;
import dev.planrun.report.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResumeTest {

    @TempDir
    Path dir;

    private List<String> mark(String name) {
        return List.of("mark", dir.resolve(name).toString());
    }

    private Plan flakyPlan() throws IOException {
        return plan(dir, List.of(shell("a", mark("a")), shell("b", List.of("flaky", dir.resolve("n").toString(), "2")),
                shell("c", mark("c"))), List.of(), List.of(), OnFailure.STOP);
    }

    @Test
    void resumeContinuesAStoppedRunWithoutRepeatingFinishedSteps() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = flakyPlan();
        RunResult first = e.apply(p);
        assertThat(first.status()).isEqualTo(RunStatus.FAILED);
        assertThat(first.message()).contains("fix the cause and apply --resume");
        RunResult second = e.apply(p, Map.of(), true);
        assertThat(second.status()).isEqualTo(RunStatus.DONE);
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(e.executors.calls).containsExactly("apply:a", "apply:b", "apply:b", "apply:c");
        assertThat(EngineFixture.eventNames(second)).containsSubsequence("run-finished", "run-resumed",
                "step-started:b", "step-succeeded:b", "step-started:c", "run-finished");
        assertThat(e.apply(p, Map.of(), true).status()).isEqualTo(RunStatus.NOTHING_TO_RESUME);
    }

    @Test
    void aStepSkippedBecauseWhatItNeedsFailedRunsOnResume() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan(dir, List.of(
                TestPlans.with(shell("cache", List.of("flaky", dir.resolve("n").toString(), "2")), m -> m.continueOnError()),
                shell("warm", mark("warm"), "cache"), shell("boom", List.of("flaky", dir.resolve("m").toString(), "2"))),
                List.of(), List.of(), OnFailure.STOP);
        RunResult first = e.apply(p);
        assertThat(first.status()).isEqualTo(RunStatus.FAILED);
        assertThat(e.executors.calls).containsExactly("apply:cache", "apply:boom");
        RunResult resumed = e.apply(p, Map.of(), true);
        assertThat(resumed.status()).isEqualTo(RunStatus.DONE);
        assertThat(e.executors.calls).containsExactly("apply:cache", "apply:boom", "apply:cache", "apply:warm",
                "apply:boom");
    }

    @Test
    void resumeRefusesWhenThePlanChangedAndWorksOnceItIsBack() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = flakyPlan();
        e.apply(p);
        Path source = p.source();
        String original = Files.readString(source);
        Files.writeString(source, original + "# edited\n");
        RunResult refused = e.apply(p, Map.of(), true);
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.problems()).extracting(pr -> pr.message()).singleElement().asString()
                .startsWith("plan changed: " + source);
        Files.writeString(source, original);
        assertThat(e.apply(p, Map.of(), true).status()).isEqualTo(RunStatus.DONE);
    }

    @Test
    void anInterruptedStepIsRunAgainOnlyWhenSafe() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        ShellStep noCreates = shell("b", mark("b"));
        Plan p = plan(dir, List.of(shell("a", mark("a")), noCreates, shell("c", mark("c"))), List.of(), List.of(),
                OnFailure.STOP);
        e.extra = killAtStartOf("b");
        assertThatKilled(() -> e.apply(p));
        e.extra = new RunListener() { };
        RunResult stopped = e.apply(p, Map.of(), true);
        assertThat(stopped.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.message()).contains("step b was interrupted and is not safe to run again")
                .contains("steps/02-b/step.log").contains("apply --resume again");
        assertThat(stopped.leftOver()).containsExactly("b");
        RunResult checked = e.apply(p, Map.of(), true);
        assertThat(checked.status()).isEqualTo(RunStatus.DONE);
        assertThat(e.executors.calls).containsExactly("apply:a", "apply:b", "apply:c");
    }

    @Test
    void anInterruptedStepThatCanTellRunsAgainAtOnce() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        ShellStep withCreates = new ShellStep(TestPlans.common("b", dev.planrun.model.Rollback.UNDECLARED),
                mark("b"), null, null, null, null, dir.resolve("b").toString(), null);
        Plan p = plan(dir, List.of(shell("a", mark("a")), withCreates), List.of(), List.of(), OnFailure.STOP);
        e.extra = killAtStartOf("b");
        assertThatKilled(() -> e.apply(p));
        e.extra = new RunListener() { };
        RunResult resumed = e.apply(p, Map.of(), true);
        assertThat(resumed.status()).isEqualTo(RunStatus.DONE);
        JsonNode r = EngineFixture.journal(resumed).stream().filter(n -> n.get("event").asText().equals("run-resumed"))
                .findFirst().orElseThrow();
        assertThat(r.get("rerun").get(0).asText()).isEqualTo("b");
        assertThat(r.get("done").get(0).asText()).isEqualTo("a");
    }

    @Test
    void aManualStepWithoutAnyoneToAskWaitsAndResumeAsksAgain() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan(dir, List.of(shell("a", mark("a")), manual("login-check", "a"), shell("c", mark("c"))),
                List.of(), List.of(), OnFailure.ROLLBACK);
        RunResult waiting = e.apply(p);
        assertThat(waiting.status()).isEqualTo(RunStatus.WAITING_FOR_CONFIRMATION);
        assertThat(waiting.exitCode()).isEqualTo(7);
        assertThat(waiting.message()).contains("step login-check needs a person").contains("--resume --yes");
        assertThat(EngineFixture.eventNames(waiting)).contains("confirmation:login-check").doesNotContain("rollback-started");
        e.confirmer = (title, text) -> Confirmer.Answer.CONFIRMED;
        RunResult done = e.apply(p, Map.of(), true);
        assertThat(done.status()).isEqualTo(RunStatus.DONE);
        assertThat(e.executors.calls).containsExactly("apply:a", "apply:login-check", "apply:login-check", "apply:c");
        assertThat(EngineFixture.journal(done).stream().filter(n -> n.get("event").asText().equals("confirmation"))
                .map(n -> n.get("answer").asText()).toList()).containsExactly("unavailable", "confirmed");
    }

    @Test
    void aSecondApplyOfTheSameTargetIsRefusedNamingTheHolder() throws IOException, LockHeldException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = flakyPlan();
        String digest = RunParams.digest(p, new dev.planrun.interp.Scope(Map.of(), Map.of(), Map.of(), java.util.Set.of()));
        Path lockFile = e.store.locksDir().resolve("test-plan-" + digest.substring(0, 16) + ".lock");
        try (RunLock held = RunLock.acquire(lockFile, "pid 4242 on db1 since 2030-01-01T00:00:00Z")) {
            RunResult r = e.apply(p);
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.message()).contains("pid 4242 on db1 since 2030-01-01T00:00:00Z");
        }
        assertThat(e.executors.calls).isEmpty();
        assertThat(e.apply(p).status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void aRunKilledWhileRollingBackIsFinishedByRollbackNotByResume() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Files.writeString(dir.resolve("src"), "new");
        Plan p = plan(dir, List.of(TestPlans.copy("install", dir.resolve("src").toString(), dir.resolve("dst").toString()),
                shell("boom", List.of("fail", "broken"), "install")), List.of(), List.of(), OnFailure.ROLLBACK);
        e.extra = new RunListener() {
            @Override
            public void any(RunEvent ev) {
                if (ev instanceof RunEvent.RollbackStarted) {
                    throw new SimulatedKill();
                }
            }
        };
        assertThatKilled(() -> e.apply(p));
        e.extra = new RunListener() { };
        assertThat(dir.resolve("dst")).exists();
        RunResult refused = e.apply(p, Map.of(), true);
        assertThat(refused.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(refused.message()).contains("stopped in the middle of a rollback; finish it with planrun rollback");
        RunResult undone = new RollbackOperation(e.services()).rollback(p, dev.planrun.interp.ParamInputs.NONE, null);
        assertThat(undone.status()).isEqualTo(RunStatus.ROLLBACK_DONE);
        assertThat(dir.resolve("dst")).doesNotExist();
        assertThat(e.executors.calls).containsExactly("apply:install", "apply:boom", "rollback:install");
    }

    private static RunListener killAtStartOf(String step) {
        return new RunListener() {
            @Override
            public void any(RunEvent ev) {
                if (ev instanceof RunEvent.StepStarted s && s.step().equals(step)) {
                    throw new SimulatedKill();
                }
            }
        };
    }

    private static void assertThatKilled(Runnable run) {
        org.assertj.core.api.Assertions.assertThatThrownBy(run::run).isInstanceOf(SimulatedKill.class);
    }

    /** A run directory as apply makes it, left by a process killed before (or while) the journal's first line was written. */
    private RunLayout killedBeforeTheJournal(EngineFixture e, Plan p, String journal) throws IOException {
        RunLayout layout = e.store.create(p.id(), java.time.Instant.parse("2026-11-23T19:30:00Z"));
        if (!journal.equals("no journal")) {
            new RunJournal(layout.journal()).close();
        }
        if (journal.equals("a first line cut short")) {
            Files.writeString(layout.journal(), "{\"event\":\"run-started\",\"time\":\"2026-11");
        }
        return layout;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no journal", "an empty journal", "a first line cut short"})
    void aRunKilledBeforeItsJournalBeganIsShownNotStartedAndResumeRunsItFromTheStart(String journal)
            throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan(dir, List.of(shell("a", mark("a")), shell("b", mark("b"))), List.of(), List.of(), OnFailure.STOP);
        RunLayout killed = killedBeforeTheJournal(e, p, journal);

        var status = new StatusOperation(e.store).status(p, null).orElseThrow();
        assertThat(status.runId()).isEqualTo(killed.runId());
        assertThat(status.status()).isEqualTo("NOT_STARTED");
        assertThat(status.steps()).extracting(RunSummary.StepRow::state).containsExactly("pending", "pending");
        RunResult rollback = new RollbackOperation(e.services()).rollback(p, ParamInputs.NONE, null);
        assertThat(rollback.exitCode()).isZero();
        assertThat(rollback.message()).contains("stopped before anything started").contains("nothing to roll back");

        RunResult resumed = e.apply(p, Map.of(), true);

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(RunStatus.DONE);
        assertThat(resumed.runId()).isEqualTo(killed.runId());
        assertThat(resumed.message()).startsWith("run " + killed.runId() + " had stopped before anything started");
        assertThat(e.executors.calls).containsExactly("apply:a", "apply:b");
        assertThat(EngineFixture.eventNames(resumed)).startsWith("run-started").endsWith("run-finished");
        assertThat(new StatusOperation(e.store).status(p, null).orElseThrow().status()).isEqualTo("DONE");
    }

    @Test
    void aRunWithoutAJournalLineIsLeftAloneWhileAnApplyWithOtherParamsHoldsItsLock() throws IOException,
            LockHeldException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan(dir, List.of(shell("a", mark("a"))), List.of(), List.of(), OnFailure.STOP);
        killedBeforeTheJournal(e, p, "an empty journal");
        Path other = e.store.locksDir().resolve(p.id() + "-0123456789abcdef.lock");
        try (RunLock held = RunLock.acquire(other, "another apply, making its run directory")) {
            assertThat(e.apply(p, Map.of(), true).status()).isEqualTo(RunStatus.NOTHING_TO_RESUME);
        }
        assertThat(e.executors.calls).isEmpty();
        assertThat(e.apply(p, Map.of(), true).status()).isEqualTo(RunStatus.DONE);
    }

    /** Stands for the process dying right after the journal recorded a step's start. */
    static final class SimulatedKill extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
