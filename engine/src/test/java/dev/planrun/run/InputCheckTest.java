package dev.planrun.run;

import static dev.planrun.run.TestPlans.plan;
import static dev.planrun.run.TestPlans.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.sql.SqlStepExecutor;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.Rollback;
import dev.planrun.model.SqlStep;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply refuses, before its first step, a plan with a script planrun will not run. */
class InputCheckTest {

    @TempDir
    Path dir;

    private EngineFixture engine() {
        EngineFixture e = new EngineFixture(dir);
        e.executors.sql = new SqlStepExecutor();
        return e;
    }

    private static SqlStep sql(String id, String file, String script, SqlStep.Transaction tx, String... needs) {
        return new SqlStep(TestPlans.common(id, Rollback.UNDECLARED, needs), "db", file, script, tx, Map.of(), null,
                SqlStep.SqlClient.JDBC);
    }

    @Test
    void aRefusedScriptStopsTheRunBeforeItsFirstStep() throws IOException {
        Path tx = Files.writeString(dir.resolve("tx.sql"), "begin;\ncreate table t(a int);\ncommit;\n");
        Plan p = plan(dir, List.of(shell("first", List.of("mark", dir.resolve("first-ran").toString())),
                sql("meta", null, "create table made(x int);\nselect 1 as x \\gset\n", SqlStep.Transaction.AUTO, "first"),
                sql("single", tx.toString(), null, SqlStep.Transaction.SINGLE, "first")), List.of(), List.of(),
                OnFailure.STOP);
        EngineFixture e = engine();
        RunResult r = e.apply(p);
        assertThat(r.status()).isEqualTo(RunStatus.INVALID);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.runId()).as("no run was started").isNull();
        assertThat(r.message()).isEqualTo("steps meta, single cannot run as written (see above); nothing was run");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "meta:2:15: error: step 'meta': unsupported psql meta-command \\gset (planrun performs \\set, \\unset,"
                        + " \\i, \\ir, \\echo, \\qecho, \\timing and \\q)",
                tx + ":1:1: error: step 'single': transaction: single, but the script has its own transaction control"
                        + " (BEGIN at " + tx + ":1:1, COMMIT at " + tx + ":3:1); use transaction: auto to run it as written");
        assertThat(e.executors.calls).isEmpty();
        assertThat(dir.resolve("first-ran")).doesNotExist();
        assertThat(e.events).isEmpty();
    }

    @Test
    void aScriptThatDoesNotExistYetDoesNotStopTheStart() throws IOException {
        Plan p = plan(dir, List.of(shell("first", List.of("mark", dir.resolve("first-ran").toString())),
                sql("later", dir.resolve("extracted/later.sql").toString(), null, SqlStep.Transaction.AUTO, "first")),
                List.of(), List.of(), OnFailure.STOP);
        RunResult r = engine().apply(p);
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(dir.resolve("first-ran")).exists();
    }
}
