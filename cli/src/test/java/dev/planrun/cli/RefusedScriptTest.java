package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script planrun refuses (an unsupported psql meta-command, BEGIN under transaction: single) is
 * an error in validate, plan and apply alike, found before anything runs. No database is needed:
 * nothing gets as far as connecting.
 */
class RefusedScriptTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            planrun: 1
            id: refused
            params:
              new_dir: {type: path, default: "${plan.dir}/sql"}
              later: {type: path, required: true}
            connections:
              db: {url: "jdbc:postgresql://127.0.0.1:1/none", user: nobody}
            steps:
              - id: first
                type: shell
                run: [touch, "${plan.dir}/first-ran"]
            """;

    private Path plan(String steps) throws IOException {
        return Files.writeString(dir.resolve("plan.yaml"), HEAD + steps);
    }

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    @Test
    void anInlineMetaCommandIsAnErrorAtItsPlaceInThePlanFile() throws IOException {
        Path plan = plan("""
                  - id: s
                    type: sql
                    needs: [first]
                    connection: db
                    script: |
                      create table made(x int);
                      select 1 as x \\gset
                """);
        CliRun validate = run("validate", plan.toString());
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err()).startsWith(plan + ":18:21: error: step 's': unsupported psql meta-command \\gset");

        CliRun review = run("plan", "--offline", plan.toString(), "-p", "later=/x");
        assertThat(review.code()).isEqualTo(2);
        assertThat(review.err()).contains("s:2:15: error: step 's': unsupported psql meta-command \\gset");
        assertThat(review.out()).doesNotContain("warning");

        CliRun apply = run("apply", plan.toString(), "-p", "later=/x", "--state-dir", dir.resolve("state").toString());
        assertThat(apply.code()).isEqualTo(2);
        assertThat(apply.err()).contains("s:2:15: error: step 's': unsupported psql meta-command \\gset")
                .contains("planrun: invalid: step s cannot run as written (see above); nothing was run");
        assertThat(dir.resolve("first-ran")).doesNotExist();
    }

    @Test
    void aScriptWithItsOwnCommitUnderTransactionSingleIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Path script = Files.writeString(dir.resolve("sql/upgrade.sql"), "begin;\ncreate table t(a int);\ncommit;\n");
        Path plan = plan("""
                  - id: s
                    type: sql
                    needs: [first]
                    connection: db
                    file: ${new_dir}/upgrade.sql
                    transaction: single
                """);
        String expected = script + ":1:1: error: step 's': transaction: single, but the script has its own transaction"
                + " control (BEGIN at " + script + ":1:1, COMMIT at " + script + ":3:1)";
        assertThat(run("validate", plan.toString()).err()).startsWith(expected);
        CliRun review = run("plan", "--offline", plan.toString(), "-p", "later=/x");
        assertThat(review.code()).isEqualTo(2);
        assertThat(review.err()).contains(expected);
        CliRun apply = run("apply", plan.toString(), "-p", "later=/x", "--state-dir", dir.resolve("state").toString());
        assertThat(apply.code()).isEqualTo(2);
        assertThat(apply.err()).contains(expected);
        assertThat(dir.resolve("first-ran")).doesNotExist();
    }

    @Test
    void aScriptWhosePathNeedsAParamNobodyGaveOrThatDoesNotExistYetIsNotReadByValidate() throws IOException {
        Path plan = plan("""
                  - id: s
                    type: sql
                    connection: db
                    file: ${later}/upgrade.sql
                  - id: t
                    type: sql
                    connection: db
                    file: ${new_dir}/made-by-an-earlier-step.sql
                """);
        CliRun validate = run("validate", plan.toString());
        assertThat(validate.err()).isEmpty();
        assertThat(validate.code()).isZero();
        CliRun review = run("plan", "--offline", plan.toString(), "-p", "later=" + dir);
        assertThat(review.code()).isZero();
        assertThat(review.out()).contains("no such file now (if an earlier step makes it, it is checked when this step starts)");
    }
}
