package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation reading the scripts of sql steps: what planrun refuses in them is an error at its place. */
class SqlScriptsRuleTest {

    @TempDir
    Path dir;

    private final Validation plain = new Validation(new PlanLoader(), new PlanValidator(Map.of()));
    private final Validation reading = plain.readingScripts();

    private Path plan(String steps) throws IOException {
        return Files.writeString(dir.resolve("plan.yaml"), """
                planrun: 1
                id: scripts
                params:
                  sql_dir: {type: path, default: "${plan.dir}/sql"}
                  other_dir: {type: path}
                connections:
                  db: {url: "jdbc:postgresql://127.0.0.1:1/none", user: nobody}
                steps:
                """ + steps);
    }

    private static String strings(LoadResult r) {
        return String.join("\n", r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void inlineScriptsPointIntoThePlanFile() throws IOException {
        Path f = plan("""
                  - id: block
                    type: sql
                    connection: db
                    script: |
                      select 1;
                      \\pset format unaligned
                  - {id: plain, type: sql, connection: db, script: select 1 \\gset}
                  - id: folded
                    type: sql
                    connection: db
                    script: >
                      select 1;
                      \\o /tmp/out
                """);
        LoadResult r = reading.of(f);
        assertThat(r.ok()).isFalse();
        assertThat(strings(r)).contains(f + ":14:7: error: step 'block': unsupported psql meta-command \\pset")
                .contains(f + ":15:61: error: step 'plain': unsupported psql meta-command \\gset")
                .contains(f + ":19:5: error: step 'folded': unsupported psql meta-command \\o /tmp/out")
                .contains("(line 1, column 11 of the inline script of step 'folded')");
        assertThat(plain.of(f).problems()).as("plain validation reads the plan only").isEmpty();
    }

    @Test
    void fileScriptsAreReadWhenTheirPathResolvesWithTheParamsKnownNow() throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Path script = Files.writeString(dir.resolve("sql/up.sql"), "select 1;\n\\copy t from 'x.csv'\n");
        Files.writeString(dir.resolve("sql/tx.sql"), "begin;\nselect 1;\ncommit;\n");
        Path f = plan("""
                  - {id: up, type: sql, connection: db, file: "${sql_dir}/up.sql"}
                  - {id: tx, type: sql, connection: db, file: "${sql_dir}/tx.sql", transaction: single}
                  - {id: psql, type: sql, connection: db, client: psql, file: "${sql_dir}/up.sql"}
                  - {id: unknown, type: sql, connection: db, file: "${other_dir}/up.sql"}
                  - {id: later, type: sql, connection: db, file: "${run.dir}/up.sql"}
                  - {id: missing, type: sql, connection: db, file: "${sql_dir}/missing.sql"}
                """);
        LoadResult r = reading.of(f);
        assertThat(r.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                script + ":2:1: error: step 'up': unsupported psql meta-command \\copy t from 'x.csv' (planrun performs"
                        + " \\set, \\unset, \\i, \\ir, \\echo, \\qecho, \\timing and \\q)",
                dir.resolve("sql/tx.sql") + ":1:1: error: step 'tx': transaction: single, but the script has its own"
                        + " transaction control (BEGIN at " + dir.resolve("sql/tx.sql") + ":1:1, COMMIT at "
                        + dir.resolve("sql/tx.sql") + ":3:1); use transaction: auto to run it as written");
    }
}
