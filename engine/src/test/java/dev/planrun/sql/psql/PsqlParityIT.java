package dev.planrun.sql.psql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.SqlStep;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.Fixtures;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code client: psql} reports a failing script exactly as planrun's own runner does: the same
 * file, line and column, SQLSTATE, message, detail and hint, the same statement count and the
 * same answer to "was anything committed", and leaves the same database behind.
 */
class PsqlParityIT {

    @TempDir
    Path dir;

    static Stream<Arguments> failures() {
        StringBuilder batch = new StringBuilder("CREATE TABLE k (id int PRIMARY KEY);\n");
        for (int i = 1; i <= 120; i++) {
            batch.append("INSERT INTO k VALUES (").append(i == 100 ? 3 : i).append(");\n");
        }
        return Stream.of(
                Arguments.of("column in the middle of a statement", SqlStep.Transaction.NONE,
                        "CREATE TABLE t (a int);\n-- a comment\nSELECT a,\n       nope\n  FROM t;\nCREATE TABLE z (a int);\n"),
                Arguments.of("the script's own transaction", SqlStep.Transaction.AUTO,
                        "BEGIN;\nCREATE TABLE inside (a int);\nSELECT 1/0;\nCOMMIT;\n"),
                Arguments.of("one transaction around the script", SqlStep.Transaction.AUTO,
                        "CREATE TABLE w (a int);\nINSERT INTO w VALUES (1);\nINSERT INTO w VALUES ('x');\n"),
                Arguments.of("duplicate key among many inserts", SqlStep.Transaction.AUTO, batch.toString()),
                Arguments.of("inside an included file", SqlStep.Transaction.NONE,
                        "select 0;\n\\i inc.sql\nselect 2;\n"),
                Arguments.of("bad COPY data", SqlStep.Transaction.AUTO,
                        "CREATE TABLE c (a int, b text);\nCOPY c FROM stdin;\n1\tx\nthree\tz\n\\.\n"),
                Arguments.of("deferred constraint at COMMIT", SqlStep.Transaction.AUTO,
                        "BEGIN;\nCREATE TABLE p (id int PRIMARY KEY);\n"
                                + "CREATE TABLE ch (p int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
                                + "INSERT INTO ch VALUES (1);\nCOMMIT;\n"),
                Arguments.of("a long line psql shortens", SqlStep.Transaction.NONE,
                        "select 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', "
                                + "'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', nope, "
                                + "'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';\n"),
                Arguments.of("second statement of a line", SqlStep.Transaction.NONE,
                        "create table one (a int); select nope; select 3;\n"),
                Arguments.of("raised exception", SqlStep.Transaction.AUTO,
                        "DO $$\nBEGIN\n  RAISE EXCEPTION 'wrong OMERO database version for this upgrade script'\n"
                                + "    USING HINT = 'upgrade to 5.3 first';\nEND $$;\n"),
                Arguments.of("after a substituted variable", SqlStep.Transaction.NONE,
                        "\\set T '''a longer value'''\nselect :T,\n  'µµµ', nope;\n"),
                Arguments.of("committed before the error", SqlStep.Transaction.NONE,
                        "create table kept (a int);\nBEGIN;\ninsert into kept values (1);\nCOMMIT;\nselect nope;\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void reportsFailuresAsPlanrunDoes(String name, SqlStep.Transaction mode, String text) throws Exception {
        Files.writeString(dir.resolve("inc.sql"), "select 1;\n\nselect * from missing_table;\n");
        Path file = dir.resolve("script.sql");
        Files.writeString(file, text);
        SqlScript script = SqlScript.file(file);
        ScriptOptions options = ScriptOptions.defaults().withTransaction(mode);
        TestPostgres pg = TestPostgres.get();
        DatabaseTarget a = pg.createDatabase("jdbc");
        DatabaseTarget b = pg.createDatabase("psql");
        try {
            ScriptResult jdbc = Fixtures.planrun(a, script, options, ScriptListener.NONE);
            ScriptResult psql = PsqlScriptRunner.withInstalledPsql(b, ScriptListener.NONE).run(script, options);
            ScriptError expected = jdbc.error().orElseThrow();
            ScriptError actual = psql.error().orElseThrow();
            assertThat(actual.position()).isEqualTo(expected.position());
            assertThat(actual.sqlState()).isEqualTo(expected.sqlState());
            assertThat(actual.message()).isEqualTo(expected.message());
            assertThat(actual.detail()).isEqualTo(expected.detail());
            assertThat(actual.hint()).isEqualTo(expected.hint());
            assertThat(actual.statement()).isEqualTo(expected.statement());
            assertThat(psql.statementsExecuted()).isEqualTo(jdbc.statementsExecuted());
            assertThat(psql.committed()).isEqualTo(jdbc.committed());
            assertThat(psql.transaction()).isEqualTo(jdbc.transaction());
            assertThat(PgTools.forTests().dump(b)).isEqualTo(PgTools.forTests().dump(a));
        } finally {
            pg.dropDatabase(a);
            pg.dropDatabase(b);
        }
    }
}
