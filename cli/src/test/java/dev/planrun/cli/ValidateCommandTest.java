package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidPlanSaysSoWithItsIrreversibleSteps() {
        CliRun r = CliRun.run("validate", CliRun.HELLO.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(CliRun.HELLO + ": valid, 8 steps, irreversible: remove-old-releases\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void everyProblemOfEveryFileIsListedWithItsPosition() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                planrun: 1
                id: bad
                steps:
                  - id: a
                    type: shell
                    run: [echo, a]
                    need: [b]
                  - id: b
                    type: sheel
                """);
        Path missing = dir.resolve("missing.yaml");
        CliRun r = CliRun.run("validate", bad.toString(), CliRun.HELLO.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(CliRun.HELLO + ": valid, 8 steps, irreversible: remove-old-releases\n");
        assertThat(r.err()).contains(bad + ":7:5: error: ", "'need'", "did you mean 'needs'?")
                .contains(bad + ":9:11: error: ", "sheel")
                .contains(missing.toString())
                .endsWith("2 of 3 plans are invalid\n");
    }

    @Test
    void planWideRulesAreCheckedToo() throws IOException {
        Path cyclic = Files.writeString(dir.resolve("cyclic.yaml"), """
                planrun: 1
                id: cyclic
                steps:
                  - {id: a, type: shell, run: [echo, a], needs: [b]}
                  - {id: b, type: shell, run: [echo, b], needs: [a, ghost]}
                """);
        CliRun r = CliRun.run("validate", cyclic.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(cyclic + ":4:", "a -> b -> a").contains("'ghost'");
        assertThat(CliRun.run("plan", cyclic.toString()).code()).isEqualTo(2);
        assertThat(CliRun.run("graph", cyclic.toString()).code()).isEqualTo(2);
    }

    @Test
    void loadingAndPlanWideProblemsComeInOnePassSorted() throws IOException {
        Path plan = Files.writeString(dir.resolve("mixed.yaml"), """
                planrun: 1
                id: mixed
                steps:
                  - id: a
                    type: shell
                    run: [echo, a]
                    timout: 5m
                  - {id: b, type: manual, needs: [c], instructions: look}
                  - {id: c, type: manual, needs: [b, ghost], instructions: "see ${params.nope}"}
                  - {id: d, type: sheel, run: [echo, d]}
                  - {id: e, type: manual, needs: [d], instructions: look}
                """);
        CliRun r = CliRun.run("validate", plan.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                plan + ":7:5: error: unknown key 'timout' in step 'a' (did you mean 'timeout'?)",
                plan + ":8:5: error: these steps need each other in a cycle, so none can run first: b -> c -> b",
                plan + ":9:38: error: step 'c' needs 'ghost', but the plan has no step with that id",
                plan + ":9:65: error: 'instructions' in step 'c': ${params.nope} is not a parameter of this plan;"
                        + " a reference names a param, env:NAME, plan.dir, run.dir or run.id",
                plan + ":10:19: error: 'type' in step 'd': unknown step type 'sheel' (did you mean 'shell'?);"
                        + " the types are sql, shell, file-copy, pip, config-set, manual");
    }

    @Test
    void anEmptyFileNameIsNamedInTheMessage() {
        CliRun r = CliRun.run("validate", "");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("'': error: no such file (an empty file name); give the path of a plan file\n");
    }

    @Test
    void noFileIsAUsageError() {
        CliRun r = CliRun.run("validate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter", "PLAN");
    }
}
