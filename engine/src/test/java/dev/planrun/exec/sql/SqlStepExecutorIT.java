package dev.planrun.exec.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.SqlStep;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TestPostgres;
import dev.planrun.testkit.TestSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlStepExecutorIT {

    @TempDir
    Path dir;

    private DatabaseTarget db;
    private DatabaseStepContext context;
    private final SqlStepExecutor executor = new SqlStepExecutor();

    @BeforeEach
    void database() throws IOException {
        db = TestPostgres.get().createDatabase("sqlstep");
        context = new DatabaseStepContext(db, Files.createDirectories(dir.resolve("steps/01-upgrade")));
    }

    private SqlStep file(String name, String text, SqlStep.Transaction tx, String expect) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text);
        return new SqlStep(TestSteps.common("upgrade"), "db", f.toString(), null, tx, Map.of("ACTION", "'FIX'"), expect,
                SqlStep.SqlClient.JDBC);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static final String SCRIPT = """
            create table dbpatch (id serial primary key, currentversion text, currentpatch int);
            insert into dbpatch (currentversion, currentpatch) values ('OMERO5.4', 0);
            select :ACTION as action;
            select 'YOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION OMERO5.4__0' as status;
            """;

    @Test
    void runsTheScriptInOneTransactionAndChecksItsOutput() throws Exception {
        SqlStep step = file("upgrade.sql", SCRIPT, SqlStep.Transaction.AUTO, "SUCCESSFULLY UPGRADED");
        StepPreview preview = executor.preview(step, context);
        assertThat(preview.summary()).contains("(4 statements, through JDBC)");
        assertThat(preview.inputs()).singleElement().satisfies(i -> assertThat(i.sha256()).hasSize(64));
        assertThat(count("select count(*) from pg_tables where tablename = 'dbpatch'")).isZero();

        StepOutcome outcome = executor.apply(step, context);
        assertThat(outcome.skipped()).isFalse();
        assertThat(outcome.summary()).startsWith("4 statements in ");
        long size = Files.size(Path.of(step.file()));
        assertThat(context.progress).as("the runner's last report reaches the step context")
                .last().isEqualTo(new dev.planrun.exec.Progress(4, "statements", size, size));
        assertThat(count("select count(*) from dbpatch")).isEqualTo(1);
        assertThat(String.join("\n", context.lines)).contains("FIX").contains("SUCCESSFULLY UPGRADED");
        assertThat(context.stepDir().resolve(TransactionRecord.FILE)).exists();
    }

    @Test
    void theFirstErrorFailsTheStepWithItsLineAndNothingIsCommitted() throws IOException, SQLException {
        SqlStep step = file("broken.sql", "create table t (a int);\ninsert into t values (1);\ninsert into nope values (2);\n",
                SqlStep.Transaction.AUTO, null);
        assertThatThrownBy(() -> executor.apply(step, context)).isInstanceOf(StepFailedException.class)
                .hasMessageContaining("broken.sql:3:1").hasMessageContaining("42P01")
                .hasMessageContaining("(nothing was committed)");
        assertThat(count("select count(*) from pg_tables where tablename = 't'")).isZero();
        assertThat(executor.resumeSafety(step, context).safe()).isTrue();
    }

    @Test
    void outputThatDoesNotMatchFailsTheStep() throws IOException {
        SqlStep step = file("precheck.sql", "select 'NOT READY' as status;\n", SqlStep.Transaction.AUTO, "READY FOR UPGRADE");
        assertThatThrownBy(() -> executor.apply(step, context)).isInstanceOf(StepFailedException.class)
                .hasMessageContaining("does not match expect-output /READY FOR UPGRADE/");
    }

    @Test
    void afterACrashTheTransactionsFateDecides() throws Exception {
        SqlStep step = file("upgrade.sql", SCRIPT, SqlStep.Transaction.AUTO, null);
        assertThat(executor.resumeSafety(step, context).reason()).isEqualTo("its transaction had not started: nothing ran");

        try (Connection crashed = db.open()) {
            TransactionRecord.begin(crashed, context.stepDir());
            ResumeSafety running = executor.resumeSafety(step, context);
            assertThat(running.safe()).isFalse();
            assertThat(running.reason()).contains("in progress on the server");
            crashed.rollback();
        }
        assertThat(executor.resumeSafety(step, context).reason()).contains("was rolled back");

        executor.apply(step, context);
        ResumeSafety done = executor.resumeSafety(step, context);
        assertThat(done.safe()).isTrue();
        assertThat(done.reason()).contains("committed: the step is recorded as done");
        StepOutcome again = executor.apply(step, context);
        assertThat(again.skipped()).isTrue();
        assertThat(count("select count(*) from dbpatch")).isEqualTo(1);
    }

    @Test
    void aScriptThatCommitsByItselfIsNotSafeToRunAgain() throws IOException {
        SqlStep step = file("own.sql", "BEGIN;\ncreate table a (x int);\nCOMMIT;\n", SqlStep.Transaction.AUTO, null);
        ResumeSafety s = executor.resumeSafety(step, context);
        assertThat(s.safe()).isFalse();
        assertThat(s.reason()).contains("commits as it goes");
    }

    @Test
    void psqlCanRunTheScriptInstead() throws Exception {
        Path f = Files.writeString(dir.resolve("upgrade.sql"), SCRIPT);
        SqlStep step = new SqlStep(TestSteps.common("upgrade"), "db", f.toString(), null, SqlStep.Transaction.AUTO,
                Map.of("ACTION", "'FIX'"), "SUCCESSFULLY UPGRADED", SqlStep.SqlClient.PSQL);
        assertThat(executor.apply(step, context).skipped()).isFalse();
        assertThat(count("select count(*) from dbpatch")).isEqualTo(1);
    }
}
