package dev.planrun.run;

import static dev.planrun.run.TestPlans.copy;
import static dev.planrun.run.TestPlans.plan;
import static dev.planrun.run.TestPlans.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.interp.ParamInputs;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.report.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackAndStatusTest {

    @TempDir
    Path dir;

    private Plan plan() throws IOException {
        Files.writeString(dir.resolve("src"), "new");
        Files.writeString(dir.resolve("dst"), "old");
        return TestPlans.plan(dir, List.of(copy("install", dir.resolve("src").toString(), dir.resolve("dst").toString()),
                shell("restart", List.of("mark", dir.resolve("restarted").toString()), "install"),
                shell("verify", List.of("fail", "still old"), "restart"), shell("cleanup", List.of("say", "bye"))),
                List.of(TestPlans.param("site", ParamType.STRING, "main")), List.of(), OnFailure.STOP);
    }

    @Test
    void rollbackUndoesAStoppedRunAndEndsIt() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan();
        RunResult failed = e.apply(p);
        assertThat(Files.readString(dir.resolve("dst"))).isEqualTo("new");
        RunResult undone = new RollbackOperation(e.services()).rollback(p, ParamInputs.NONE, null);
        assertThat(undone.status()).isEqualTo(RunStatus.ROLLBACK_DONE);
        assertThat(undone.exitCode()).isZero();
        assertThat(undone.runId()).isEqualTo(failed.runId());
        assertThat(Files.readString(dir.resolve("dst"))).isEqualTo("old");
        assertThat(e.executors.calls).endsWith("rollback:install");
        assertThat(EngineFixture.eventNames(undone)).endsWith("rollback-started", "step-rolled-back:restart",
                "step-rolled-back:install", "run-finished");
        assertThat(e.apply(p, Map.of(), true).status()).isEqualTo(RunStatus.NOTHING_TO_RESUME);
        RunResult again = new RollbackOperation(e.services()).rollback(p, ParamInputs.NONE, failed.runId());
        assertThat(again.message()).isEqualTo("nothing to roll back");
    }

    @Test
    void rollbackRefusesOtherParameters() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan();
        e.apply(p);
        RunResult r = new RollbackOperation(e.services()).rollback(p, new ParamInputs(Map.of("site", "other"), null), null);
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.message()).contains("the parameters differ from the run's (site)");
        assertThat(Files.readString(dir.resolve("dst"))).isEqualTo("new");
    }

    @Test
    void statusJoinsThePlanWithTheJournal() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        Plan p = plan();
        RunResult failed = e.apply(p);
        RunSummary s = new StatusOperation(e.store).status(p, null).orElseThrow();
        assertThat(s.runId()).isEqualTo(failed.runId());
        assertThat(s.status()).isEqualTo("FAILED");
        assertThat(s.exitCode()).isEqualTo(1);
        assertThat(s.params()).containsEntry("site", "main");
        assertThat(s.steps()).extracting(RunSummary.StepRow::id, RunSummary.StepRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("install", "done"),
                        org.assertj.core.groups.Tuple.tuple("restart", "done"),
                        org.assertj.core.groups.Tuple.tuple("verify", "failed"),
                        org.assertj.core.groups.Tuple.tuple("cleanup", "pending"));
        RunSummary.StepRow verify = s.steps().get(2);
        assertThat(verify.detail()).isEqualTo("still old");
        assertThat(Path.of(verify.logFile())).exists();
        assertThat(verify.startedAt()).isNotNull();
        assertThat(s.steps().get(3).logFile()).isNull();
        new RollbackOperation(e.services()).rollback(p, ParamInputs.NONE, null);
        RunSummary after = new StatusOperation(e.store).status(p, failed.runId()).orElseThrow();
        assertThat(after.steps()).extracting(RunSummary.StepRow::state)
                .containsExactly("rolled back", "done", "failed", "pending");
        assertThat(after.steps().get(1).rollback()).isEqualTo("passed over");
        assertThat(new StatusOperation(e.store).status(p, "20000101-000000-0000")).isEmpty();
    }
}
