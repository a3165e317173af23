package dev.planrun.sql.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Position;
import dev.planrun.model.SqlStep;
import dev.planrun.problem.Problem;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.TransactionDecision.Handling;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry-run view of a script, without a database. */
class ScriptInspectorTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static ScriptInspection inspect(Path file, ScriptOptions options) {
        return new ScriptInspector().inspect(SqlScript.file(file), options);
    }

    @Test
    void describesFilesStatementsMetaCommandsAndTransactions() throws Exception {
        Path report = write("report.sql", "create function r() returns int as $$ select 1; $$ language sql;\n");
        Path main = write("up.sql", """
                \\set ACTION '''ABORT'''
                \\timing
                \\i report.sql
                BEGIN;
                select * from r(:ACTION);
                COPY t FROM stdin;
                1
                \\.
                COMMIT;
                """);
        ScriptInspection i = inspect(main, ScriptOptions.defaults());
        assertThat(i.problems()).isEmpty();
        assertThat(i.runnable()).isTrue();
        assertThat(i.statements()).isEqualTo(5);
        assertThat(i.copyBlocks()).isEqualTo(1);
        assertThat(i.metaCommands()).containsExactly(Map.entry("\\set", 1), Map.entry("\\timing", 1),
                Map.entry("\\i", 1));
        assertThat(i.files()).extracting(FileInfo::name).containsExactly(main.toString(), report.toString());
        assertThat(i.script().orElseThrow().size()).isEqualTo(Files.size(main));
        assertThat(i.script().orElseThrow().sha256()).isEqualTo(sha256(main));
        assertThat(i.files().get(1).sha256()).isEqualTo(sha256(report));
        assertThat(i.bytes()).isEqualTo(Files.size(main) + Files.size(report));
        assertThat(i.transaction().handling()).isEqualTo(Handling.AS_WRITTEN);
        assertThat(i.transaction().reason()).contains("own transaction control (BEGIN at " + main + ":4:1");
    }

    @Test
    void wrapsAScriptWithoutTransactionControl() throws Exception {
        ScriptInspection i = inspect(write("a.sql", "create table a (x int);\ninsert into a values (1);\n"),
                ScriptOptions.defaults());
        assertThat(i.transaction().handling()).isEqualTo(Handling.ONE_TRANSACTION);
        assertThat(i.transaction().reason()).contains("no transaction control");
    }

    @Test
    void letsStatementsThatCannotRunInATransactionCommitOnTheirOwn() throws Exception {
        Path file = write("v.sql", "create table a (x int);\nvacuum a;\n");
        assertThat(inspect(file, ScriptOptions.defaults()).transaction().handling()).isEqualTo(Handling.AS_WRITTEN);
        ScriptInspection single = inspect(file, ScriptOptions.defaults().withTransaction(SqlStep.Transaction.SINGLE));
        assertThat(single.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo(file + ":2:1: error: transaction: single, but "
                        + "VACUUM A at " + file + ":2:1 cannot run inside a transaction"));
    }

    @Test
    void singleRefusesTransactionControlAndNoneRunsAsWritten() throws Exception {
        Path file = write("b.sql", "begin;\nselect 1;\ncommit;\n");
        ScriptInspection single = inspect(file, ScriptOptions.defaults().withTransaction(SqlStep.Transaction.SINGLE));
        assertThat(single.runnable()).isFalse();
        assertThat(single.problems().get(0).position()).isEqualTo(Position.of(file.toString(), 1, 1));
        ScriptInspection none = inspect(file, ScriptOptions.defaults().withTransaction(SqlStep.Transaction.NONE));
        assertThat(none.transaction().handling()).isEqualTo(Handling.AS_WRITTEN);
        assertThat(none.transaction().reason()).isEqualTo("each statement commits on its own, as psql runs it");
    }

    @Test
    void reportsUnsupportedMetaCommandsWithTheirLine() throws Exception {
        Path file = write("c.sql", "select 1;\n\\x\nselect 2;\n\\set NOW `date`\n");
        ScriptInspection i = inspect(file, ScriptOptions.defaults());
        assertThat(i.runnable()).isFalse();
        assertThat(i.problems()).extracting(Problem::position)
                .containsExactly(Position.of(file.toString(), 2, 1), Position.of(file.toString(), 4, 1));
        assertThat(i.problems().get(0).message()).startsWith("unsupported psql meta-command \\x");
        assertThat(i.problems().get(1).message()).contains("shell command");
        assertThat(i.statements()).isEqualTo(2);
        ScriptInspection forPsql = new ScriptInspector(false, true).inspect(SqlScript.file(file), ScriptOptions.defaults());
        assertThat(forPsql.problems()).isEmpty();
        assertThat(forPsql.files().get(0).sha256()).isNull();
    }

    @Test
    void reportsAMissingIncludedFileAtTheInclude() throws Exception {
        Path file = write("d.sql", "select 1;\n\n\\ir sub/missing.sql\n");
        ScriptInspection i = inspect(file, ScriptOptions.defaults());
        assertThat(i.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(Position.of(file.toString(), 3, 1));
            assertThat(p.message()).isEqualTo("cannot read " + dir.resolve("sub/missing.sql") + ": no such file");
        });
    }

    @Test
    void reportsTextThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, "select 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        ScriptInspection i = inspect(file, ScriptOptions.defaults());
        assertThat(i.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is not UTF-8"));
    }

    @Test
    void inspectsInlineScriptsAndFollowsVariablesIntoIncludes() throws Exception {
        write("parts/one.sql", "select 1;\nselect 2;\n");
        SqlScript inline = SqlScript.inline("step migrate", "\\i :DIR/one.sql\nselect 3;\n", dir);
        ScriptInspection i = new ScriptInspector().inspect(inline,
                ScriptOptions.defaults().withVariables(Map.of("DIR", "parts")));
        assertThat(i.problems()).isEmpty();
        assertThat(i.statements()).isEqualTo(3);
        assertThat(i.script().orElseThrow().name()).isEqualTo("step migrate");
    }

    @Test
    void aScriptThatCannotBeReadIsAProblem() {
        ScriptInspection i = inspect(dir.resolve("nope.sql"), ScriptOptions.defaults());
        assertThat(i.runnable()).isFalse();
        assertThat(i.script()).isEmpty();
        assertThat(i.problems().get(0).message()).endsWith("no such file");
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
