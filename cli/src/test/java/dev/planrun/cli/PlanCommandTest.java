package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final String SECRET = "pw-Zq81!x";

    @TempDir
    Path dir;

    private Path plan;

    @BeforeEach
    void writePlan() throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql/upgrade.sql"), "select 1;\n");
        plan = Files.writeString(dir.resolve("plan.yaml"), """
                planrun: 1
                id: db-upgrade
                title: Upgrade the database
                params:
                  db_name: {type: string, required: true}
                  db_password: {type: secret, env: DB_PASS}
                  port: {type: int, default: 5432}
                connections:
                  main:
                    url: jdbc:postgresql://localhost:${port}/${db_name}
                    user: admin
                    password: ${db_password}
                preconditions:
                  - id: scripts
                    file: {path: "${plan.dir}/sql/upgrade.sql"}
                    message: the scripts of ${db_name} must be in ${plan.dir}/sql
                  - id: db-version
                    sql: {connection: main, query: "select version from schema_version"}
                    expect: {at-least: "5.3"}
                steps:
                  - id: upgrade
                    type: sql
                    connection: main
                    file: ${plan.dir}/sql/upgrade.sql
                    rollback: none
                  - id: notify
                    type: shell
                    needs: [upgrade]
                    run: [notify-send, "db ${db_name} upgraded", "--password=${db_password}"]
                """);
    }

    private CliRun plan(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "plan";
        args[1] = plan.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return CliRun.run(Map.of("DB_PASS", SECRET), dir, args);
    }

    @Test
    void theReviewShowsResolvedStepsWithSecretsMasked() {
        CliRun r = plan("-p", "db_name=omero", "--offline");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Plan: Upgrade the database (db-upgrade)",
                "run " + dir.resolve("sql/upgrade.sql") + " on connection main (1 statement, through JDBC)",
                "transaction: auto: the script has no transaction control of its own",
                "run notify-send 'db omero upgraded' '--password=******'",
                "main  jdbc:postgresql://localhost:5432/omero  user admin  password ******",
                "[holds] scripts: file " + dir.resolve("sql/upgrade.sql"),
                "[offline] db-version: sql on main: select version from schema_version (expect at least 5.3)",
                "irreversible: upgrade");
        assertThat(r.out() + r.err()).doesNotContain(SECRET);
    }

    @Test
    void checkMessagesAreShownResolvedWithSecretsMasked() throws IOException {
        Files.delete(dir.resolve("sql/upgrade.sql"));
        CliRun r = plan("-p", "db_name=omero", "--offline");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("[FAILS] scripts: file " + dir.resolve("sql/upgrade.sql"),
                "the scripts of omero must be in " + dir + "/sql").doesNotContain("${");
    }

    @Test
    void jsonAndMarkdownOnRequest() throws IOException {
        CliRun json = plan("-p", "db_name=omero", "--offline", "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("format").asText()).isEqualTo("planrun-plan/1");
        assertThat(tree.at("/steps/1/does").asText()).isEqualTo("run notify-send 'db omero upgraded' '--password=******'");
        assertThat(tree.at("/preconditions/1/result/status").asText()).isEqualTo("offline");
        CliRun md = plan("-p", "db_name=omero", "--offline", "--format", "markdown");
        assertThat(md.code()).isZero();
        assertThat(md.out()).startsWith("# Change review: Upgrade the database\n").contains("```mermaid\n", "## Sign-off");
        assertThat(json.out() + md.out()).doesNotContain(SECRET);
    }

    @Test
    void paramsComeFromAParamsFileWithWarningsForUnknownNames() throws IOException {
        Path file = Files.writeString(dir.resolve("site.yaml"), "db_name: omero_prod\nport: 5433\nweb_port: 80\n");
        CliRun r = plan("--params-file", file.toString(), "--offline");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("jdbc:postgresql://localhost:5433/omero_prod", "db_name      omero_prod  (params file)");
        assertThat(r.err()).contains(file + ":3:1: warning: 'web_port' is not a parameter of this plan (ignored)");
    }

    @Test
    void paramMistakesAreUsageErrors() {
        CliRun missing = plan("--offline");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains(plan + ":5:3: error: parameter 'db_name' is required");
        assertThat(missing.out()).isEmpty();
        CliRun typo = plan("-p", "db_nmae=omero", "-p", "port=54x", "--offline");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("error: -p db_nmae: the plan has no parameter 'db_nmae'; did you mean 'db_name'?",
                "error: -p port: expected a whole number, got '54x'");
        CliRun noEquals = plan("-p", "db_name", "--offline");
        assertThat(noEquals.code()).isEqualTo(2);
    }

    @Test
    void aFailingPlanPreconditionExitsThreeAfterTheReview() throws IOException {
        Files.delete(dir.resolve("sql/upgrade.sql"));
        CliRun r = plan("-p", "db_name=omero", "--offline");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("[FAILS] scripts: file ");
        assertThat(r.err()).contains("a plan precondition does not hold now");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = plan("-p", "db_name=omero", "--format", "html");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("expected text, markdown or json, got 'html'");
    }

    @Test
    void theExamplePlanReviewsCleanlyOnAFreshMachine() {
        CliRun r = CliRun.run("plan", CliRun.HELLO.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[holds] release-files", "7. remove-old-releases (shell)",
                "when      [false: skipped] param keep_old_releases");
    }
}
