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
import dev.planrun.testkit.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script that exists only once an earlier step made it cannot be checked before the run; it is
 * checked when its step starts, and a refused one sends nothing to the server.
 */
class LaterScriptIT {

    @TempDir
    Path dir;

    @Test
    void aScriptMadeByAnEarlierStepIsCheckedWhenItsStepStartsBeforeAnyStatement() throws Exception {
        DatabaseTarget db = TestPostgres.get().createDatabase("laterscript");
        Path source = Files.writeString(dir.resolve("shipped.sql"), "create table made(x int);\nselect 1 as x \\gset\n");
        Path extracted = dir.resolve("extracted.sql");
        SqlStep step = new SqlStep(TestPlans.common("upgrade", Rollback.UNDECLARED, "extract"), "main",
                extracted.toString(), null, SqlStep.Transaction.AUTO, Map.of(), null, SqlStep.SqlClient.JDBC);
        Plan p = TestPlans.plan(dir, List.of(TestPlans.copy("extract", source.toString(), extracted.toString()), step),
                List.of(), List.of(), OnFailure.STOP);
        Plan plan = new Plan(p.formatVersion(), p.id(), p.title(), null, null, null, null, null, p.onFailure(),
                p.params(), Map.of("main", new ConnectionSpec("main", db.url(), db.user(), db.password(), Position.NONE)),
                p.preconditions(), p.steps(), p.source(), p.position());
        ExecutorRegistry registry = ExecutorRegistry.of(List.of(new ShellStepExecutor(), new FileCopyStepExecutor(),
                new ConfigSetStepExecutor(), new PipStepExecutor(), new ManualStepExecutor(), new SqlStepExecutor()));
        RunServices services = RunServices.of(registry, new CommonsExecProcessRunner(System.getenv()), null,
                new RunStore(dir.resolve("state")), List.of(), System.getenv()).withWorkingDir(dir);

        RunResult r = new ApplyOperation(services).apply(new ApplyRequest(plan, ParamInputs.NONE, null, false));

        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.message()).contains("step upgrade failed: " + extracted + ":2:15: error: unsupported psql"
                + " meta-command \\gset").endsWith("(nothing was run); the run stopped (fix the cause and apply"
                + " --resume, or planrun rollback)");
        assertThat(extracted).exists();
        assertThat(r.runDir().resolve("steps/02-upgrade/sql-transaction.json")).as("no transaction began").doesNotExist();
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename = 'made'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
