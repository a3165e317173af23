package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

    @TempDir
    Path dir;

    private final Validation validation = new Validation(new PlanLoader(), new PlanValidator(Map.of()));

    @Test
    void aValidPlanIsOk() throws IOException {
        Path f = Files.writeString(dir.resolve("ok.yaml"), "planrun: 1\nid: ok\nsteps:\n  - {id: a, type: manual, instructions: x}\n");
        LoadResult r = validation.of(f);
        assertThat(r.ok()).isTrue();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void validationProblemsComeWithThePlanAndExactPositions() throws IOException {
        Path f = Files.writeString(dir.resolve("refs.yaml"),
                "planrun: 1\nid: refs\nsteps:\n  - id: a\n    type: manual\n    instructions: \"see ${docs}\"\n");
        LoadResult r = validation.of(f);
        assertThat(r.plan()).isPresent();
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().startsWith(f + ":6:24: error: 'instructions' in step 'a': ${docs}");
    }

    @Test
    void aPlanThatDoesNotLoadWholeIsStillJudgedByThePlanWideRules() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "planrun: 1\nid: BAD\nstep: []\n");
        LoadResult r = validation.of(f);
        assertThat(r.plan()).isEmpty();
        // no "a plan needs at least one step": the misspelt key is taken for 'steps'
        assertThat(r.problems()).extracting(p -> p.message()).containsExactly(
                "'id' in the plan must match [a-z0-9][a-z0-9._-]* (lower case letters, digits, '.', '_', '-')",
                "unknown key 'step' in the plan (did you mean 'steps'?)");
    }

    @Test
    void textPlansAreValidatedWithTheirOwnName() {
        LoadResult r = validation.of("catalog/x.yaml", "planrun: 1\nid: x\nsteps:\n  - {id: start, needs: [backup], type: manual, instructions: x}\n",
                null, Map.of());
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("catalog/x.yaml:4:25: error: step 'start' needs 'backup', but the plan has no step with that id");
    }
}
