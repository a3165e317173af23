package dev.planrun.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Position;
import dev.planrun.model.SqlStep;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.Fixtures;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.testkit.FreshDatabaseExtension;
import dev.planrun.testkit.PgTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A failing script stops at its first error, reported where it is, leaving its transaction undone. */
@ExtendWith(FreshDatabaseExtension.class)
class ScriptFailureIT {

    @TempDir
    Path dir;

    private ScriptResult run(DatabaseTarget db, String script, ScriptOptions options) throws Exception {
        Path file = dir.resolve("script.sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return Fixtures.planrun(db, SqlScript.file(file), options, ScriptListener.NONE);
    }

    private ScriptResult run(DatabaseTarget db, String script) throws Exception {
        return run(db, script, ScriptOptions.defaults());
    }

    private String file() {
        return dir.resolve("script.sql").toString();
    }

    private static boolean tableExists(DatabaseTarget db, String table) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void reportsTheLineAndColumnOfTheErrorAndStopsThere(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, """
                CREATE TABLE t (a int);
                -- a comment
                SELECT a,
                       nope
                  FROM t;
                CREATE TABLE after_error (a int);
                """, ScriptOptions.defaults().withTransaction(SqlStep.Transaction.NONE));
        ScriptError e = r.error().orElseThrow();
        assertThat(e.position()).isEqualTo(Position.of(file(), 4, 8));
        assertThat(e.sqlState()).isEqualTo("42703");
        assertThat(e.message()).isEqualTo("column \"nope\" does not exist");
        assertThat(e.statement()).startsWith("SELECT a, nope FROM t");
        assertThat(r.statementsExecuted()).isEqualTo(1);
        assertThat(r.committed()).isTrue();
        assertThat(tableExists(db, "t")).isTrue();
        assertThat(tableExists(db, "after_error")).isFalse();
    }

    @Test
    void leavesNothingBehindWhenTheScriptsTransactionFails(DatabaseTarget db) throws Exception {
        Path file = dir.resolve("script.sql");
        Files.writeString(file, """
                BEGIN;
                CREATE TABLE inside (a int);
                INSERT INTO inside VALUES (1);
                SELECT 1/0;
                COMMIT;
                """);
        try (Connection c = db.open()) {
            ScriptResult r = new JdbcScriptRunner(c, ScriptListener.NONE).run(SqlScript.file(file),
                    ScriptOptions.defaults());
            assertThat(r.transaction().handling()).isEqualTo(dev.planrun.sql.TransactionDecision.Handling.AS_WRITTEN);
            assertThat(r.error().orElseThrow().sqlState()).isEqualTo("22012");
            assertThat(r.error().orElseThrow().position()).isEqualTo(Position.of(file(), 4, 1));
            assertThat(r.committed()).isFalse();
            assertThat(r.statementsExecuted()).isEqualTo(3);
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 42")) {
                assertThat(rs.next()).isTrue(); // the connection is usable: no aborted transaction left
            }
        }
        assertThat(tableExists(db, "inside")).isFalse();
    }

    @Test
    void wrapsAScriptWithoutTransactionControlInOneTransaction(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, """
                CREATE TABLE wrapped (a int);
                INSERT INTO wrapped VALUES (1);
                INSERT INTO wrapped VALUES ('x');
                """);
        assertThat(r.transaction().wrapped()).isTrue();
        assertThat(r.transaction().reason()).contains("no transaction control");
        assertThat(r.error().orElseThrow().position()).isEqualTo(Position.of(file(), 3, 29));
        assertThat(r.committed()).isFalse();
        assertThat(tableExists(db, "wrapped")).isFalse();
    }

    @Test
    void findsTheFailingStatementOfABatchOnItsOwnLine(DatabaseTarget db) throws Exception {
        StringBuilder script = new StringBuilder("CREATE TABLE k (id int PRIMARY KEY, note text);\n");
        for (int i = 1; i <= 300; i++) {
            script.append("INSERT INTO k VALUES (").append(i == 250 ? 17 : i).append(", 'n").append(i).append("');\n");
        }
        ScriptResult r = run(db, script.toString());
        ScriptError e = r.error().orElseThrow();
        assertThat(e.position()).isEqualTo(Position.of(file(), 251, 1));
        assertThat(e.sqlState()).isEqualTo("23505");
        assertThat(e.detail()).isEqualTo("Key (id)=(17) already exists.");
        assertThat(e.statement()).isEqualTo("INSERT INTO k VALUES (17, 'n250')");
        assertThat(r.committed()).isFalse();
        assertThat(tableExists(db, "k")).isFalse();
    }

    @Test
    void reportsTheHintAndTheContextOfARaisedException(DatabaseTarget db) throws Exception {
        Fixtures.setUp(db, new Fixtures.Fixture("5.3", "omero/setup-OMERO5.3__0.sql", "", java.util.Map.of()));
        ScriptResult hint = run(db, "select physicalsizx from pixels;");
        assertThat(hint.error().orElseThrow().hint()).contains("pixels.physicalsizex");

        Path upgrade = Fixtures.path("omero/OMERO5.4__0/OMERO5.3__0.sql");
        Fixtures.planrun(db, SqlScript.file(upgrade), ScriptOptions.defaults(), ScriptListener.NONE);
        ScriptResult again = Fixtures.planrun(db, SqlScript.file(upgrade), ScriptOptions.defaults(),
                ScriptListener.NONE);
        ScriptError e = again.error().orElseThrow();
        assertThat(e.message()).isEqualTo("wrong OMERO database version for this upgrade script");
        assertThat(e.sqlState()).isEqualTo("P0001");
        assertThat(e.position()).isEqualTo(Position.of(upgrade.toString(), 35, 1));
        assertThat(e.context()).contains("omero_assert_db_version");
        assertThat(again.committed()).isFalse();
    }

    @Test
    void reportsErrorsInsideAnIncludedFileAtTheirLineThere(DatabaseTarget db) throws Exception {
        Files.writeString(dir.resolve("inc.sql"), "select 1;\n\nselect * from missing_table;\n");
        ScriptResult r = run(db, "select 0;\n\\i inc.sql\nselect 2;\n");
        assertThat(r.error().orElseThrow().position())
                .isEqualTo(Position.of(dir.resolve("inc.sql").toString(), 3, 15));
        assertThat(r.statementsExecuted()).isEqualTo(2);
    }

    @Test
    void reportsBadCopyDataAtItsLine(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, "CREATE TABLE c (a int, b text);\nCOPY c FROM stdin;\n1\tx\n2\ty\nthree\tz\n\\.\n");
        ScriptError e = r.error().orElseThrow();
        assertThat(e.sqlState()).isEqualTo("22P02");
        assertThat(e.position().line()).isEqualTo(5);
        assertThat(tableExists(db, "c")).isFalse();
    }

    @Test
    void reportsADeferredConstraintFailingAtCommitOnTheCommit(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, """
                BEGIN;
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE child (p int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);
                INSERT INTO child VALUES (1);
                COMMIT;
                """);
        ScriptError e = r.error().orElseThrow();
        assertThat(e.sqlState()).isEqualTo("23503");
        assertThat(e.position()).isEqualTo(Position.of(file(), 5, 1));
        assertThat(r.committed()).isFalse();
        assertThat(tableExists(db, "parent")).isFalse();
    }

    @Test
    void aPrecheckEndingInRollbackChangesNothing(DatabaseTarget db) throws Exception {
        Fixtures.Fixture precheck = Fixtures.all().get(1);
        Fixtures.setUp(db, precheck);
        String before = PgTools.forTests().dump(db);
        ScriptResult r = Fixtures.planrun(db, SqlScript.file(precheck.scriptPath()), ScriptOptions.defaults(),
                ScriptListener.NONE);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.committed()).isFalse();
        assertThat(r.output()).contains("YOUR DATABASE IS READY FOR UPGRADE TO VERSION OMERO5.4__0");
        assertThat(PgTools.forTests().dump(db)).isEqualTo(before);
    }

    @Test
    void refusesToStartAScriptWithAnUnsupportedMetaCommand(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, "CREATE TABLE never (a int);\n\\connect other\n");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.error()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(Position.of(file(), 2, 1));
            assertThat(p.message()).contains("unsupported psql meta-command \\connect other");
        });
        assertThat(r.statementsExecuted()).isZero();
        assertThat(tableExists(db, "never")).isFalse();
    }

    @Test
    void singleRefusesAScriptWithItsOwnTransactionControl(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, "CREATE TABLE never (a int);\nBEGIN;\nCOMMIT;\n",
                ScriptOptions.defaults().withTransaction(SqlStep.Transaction.SINGLE));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
        assertThat(tableExists(db, "never")).isFalse();
    }

    @Test
    void aCancelledRunStopsAndLeavesNothingBehind(DatabaseTarget db) throws Exception {
        Path file = dir.resolve("script.sql");
        Files.writeString(file, "CREATE TABLE before_sleep (a int);\nSELECT pg_sleep(60);\nCREATE TABLE after (a int);\n");
        try (Connection c = db.open()) {
            JdbcScriptRunner runner = new JdbcScriptRunner(c, ScriptListener.NONE);
            java.util.concurrent.CompletableFuture<ScriptResult> run = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> runner.run(SqlScript.file(file), ScriptOptions.defaults()));
            Thread.sleep(1000);
            runner.cancel();
            ScriptResult r = run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.error().orElseThrow().sqlState()).isEqualTo("57014");
            assertThat(r.error().orElseThrow().position()).isEqualTo(Position.of(file(), 2, 1));
            assertThat(r.committed()).isFalse();
        }
        assertThat(tableExists(db, "before_sleep")).isFalse();
    }

    @Test
    void rollsBackATransactionTheScriptLeavesOpen(DatabaseTarget db) throws Exception {
        ScriptResult r = run(db, "BEGIN;\nCREATE TABLE left_open (a int);\n");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.committed()).isFalse();
        assertThat(tableExists(db, "left_open")).isFalse();
    }
}
