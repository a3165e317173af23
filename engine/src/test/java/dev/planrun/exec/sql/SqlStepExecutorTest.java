package dev.planrun.exec.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.SqlStep;
import dev.planrun.testkit.TestStepContext;
import dev.planrun.testkit.TestSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sql executor finds without a database: its preview and the problems of its script. */
class SqlStepExecutorTest {

    @TempDir
    Path dir;

    private final SqlStepExecutor executor = new SqlStepExecutor();

    private SqlStep file(String text, SqlStep.Transaction tx) throws IOException {
        Path f = Files.writeString(dir.resolve("upgrade.sql"), text);
        return new SqlStep(TestSteps.common("upgrade"), "db", f.toString(), null, tx, Map.of(), null,
                SqlStep.SqlClient.JDBC);
    }

    private TestStepContext context() {
        return TestStepContext.create(dir.resolve("runs"), "r1", "upgrade");
    }

    @Test
    void thePreviewNamesTheTransactionModeOnce() throws IOException {
        StepPreview single = executor.preview(file("select 1;\n", SqlStep.Transaction.SINGLE), context());
        assertThat(single.summary()).contains("(1 statement, through JDBC)");
        assertThat(single.details()).contains(
                "transaction: single: the script runs in one transaction, so a failure leaves nothing behind");

        StepPreview none = executor.preview(file("select 1;\nselect 2;\n", SqlStep.Transaction.NONE), context());
        assertThat(none.summary()).contains("(2 statements, through JDBC)");
        assertThat(none.details()).contains("transaction: none: each statement commits on its own, as psql runs it");
    }

    @Test
    void aRefusedScriptFailsTheStepBeforeItConnects() throws IOException {
        SqlStep step = file("create table made(x int);\nselect 1 as x \\gset\n", SqlStep.Transaction.AUTO);
        assertThat(executor.inputProblems(step)).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith(step.file() + ":2:15: error: unsupported psql"
                        + " meta-command \\gset"));
        assertThatThrownBy(() -> executor.apply(step, context()))
                .isInstanceOf(StepFailedException.class)
                .hasMessageContaining("unsupported psql meta-command \\gset").hasMessageEndingWith("(nothing was run)");
    }

    @Test
    void aScriptThatDoesNotExistYetHasNoInputProblemAndTheReviewWarns() throws IOException {
        SqlStep step = new SqlStep(TestSteps.common("upgrade"), "db", dir.resolve("later.sql").toString(), null,
                SqlStep.Transaction.AUTO, Map.of(), null, SqlStep.SqlClient.JDBC);
        assertThat(executor.inputProblems(step)).isEmpty();
        StepPreview preview = executor.preview(step, context());
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.warnings()).singleElement().asString().contains("no such file now");
    }

    @Test
    void underTransactionSingleAScriptThatCommitsByItselfIsAnError() throws IOException {
        SqlStep step = file("begin;\ncreate table t(a int);\ncommit;\n", SqlStep.Transaction.SINGLE);
        assertThat(executor.preview(step, context()).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("transaction: single, but the script has its own"
                        + " transaction control"));
        assertThat(executor.inputProblems(step)).hasSize(1);
    }
}
