package dev.planrun.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.configset.ConfigSetStepExecutor;
import dev.planrun.exec.filecopy.FileCopyStepExecutor;
import dev.planrun.exec.manual.ManualStepExecutor;
import dev.planrun.exec.pip.PipStepExecutor;
import dev.planrun.exec.shell.ShellStepExecutor;
import dev.planrun.exec.sql.SqlStepExecutor;
import dev.planrun.interp.ParamInputs;
import dev.planrun.journal.RunStore;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.model.SqlStep;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.lock.AdvisoryLock;
import dev.planrun.sql.lock.LockAttempt;
import dev.planrun.testkit.SessionEnd;
import dev.planrun.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's sql steps hold the database's advisory lock; another holder stops the run with exit 4. */
class DatabaseLockIT {

    @TempDir
    Path dir;

    private RunServices services() {
        ExecutorRegistry registry = ExecutorRegistry.of(List.of(new ShellStepExecutor(), new FileCopyStepExecutor(),
                new ConfigSetStepExecutor(), new PipStepExecutor(), new ManualStepExecutor(), new SqlStepExecutor()));
        return RunServices.of(registry, new CommonsExecProcessRunner(System.getenv()), null,
                new RunStore(dir.resolve("state")), List.of(), System.getenv()).withWorkingDir(dir);
    }

    private Plan plan(DatabaseTarget db) throws java.io.IOException {
        SqlStep step = new SqlStep(TestPlans.common("create", Rollback.UNDECLARED), "main", null,
                "create table upgraded (a int);\nselect pg_sleep(0);\n", SqlStep.Transaction.AUTO, Map.of(), null,
                SqlStep.SqlClient.JDBC);
        Plan p = TestPlans.plan(dir, List.of(step), List.of(), List.of(), OnFailure.STOP);
        return new Plan(p.formatVersion(), p.id(), p.title(), null, null, null, null, null, p.onFailure(), p.params(),
                Map.of("main", new ConnectionSpec("main", db.url(), db.user(), db.password(), Position.NONE)),
                p.preconditions(), p.steps(), p.source(), p.position());
    }

    private static int tables(DatabaseTarget db) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename = 'upgraded'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anotherHolderOfTheDatabaseLockStopsTheRunBeforeItsSqlStep() throws Exception {
        DatabaseTarget db = TestPostgres.get().createDatabase("dblock");
        Plan plan = plan(db);
        String database = db.url().substring(db.url().lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Connection other = db.open();
        LockAttempt attempt = AdvisoryLock.tryAcquire(other, AdvisoryLock.nameFor(database));
        assertThat(attempt).isInstanceOf(LockAttempt.Acquired.class);
        RunResult locked = new ApplyOperation(services()).apply(new ApplyRequest(plan, ParamInputs.NONE, null, false));
        // the other holder goes away as a crashed one does: its session ends, the server releases the lock
        SessionEnd.closeAndWaitForBackendExit(other, db);
        assertThat(locked.exitCode()).isEqualTo(4);
        assertThat(locked.message()).contains("another session holds the database lock planrun:" + database)
                .contains("(pid ");
        assertThat(tables(db)).isZero();

        RunResult resumed = new ApplyOperation(services()).apply(new ApplyRequest(plan, ParamInputs.NONE, null, true));
        assertThat(resumed.status()).as(resumed.message()).isEqualTo(RunStatus.DONE);
        assertThat(resumed.runId()).isEqualTo(locked.runId());
        assertThat(tables(db)).isEqualTo(1);
        try (Connection after = db.open()) {
            assertThat(AdvisoryLock.tryAcquire(after, AdvisoryLock.nameFor(database)))
                    .as("released at the end of the run").isInstanceOf(LockAttempt.Acquired.class);
        }
    }
}
