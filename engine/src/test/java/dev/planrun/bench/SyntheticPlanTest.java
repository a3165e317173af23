package dev.planrun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's plans stay loadable and orderable as the format evolves. */
class SyntheticPlanTest {

    @Test
    void aSyntheticPlanLoadsValidatesWithEveryStepTypeAndOrders(@TempDir Path dir) throws IOException {
        Path file = SyntheticPlan.write(dir.resolve("plan.yaml"), 2_000);
        LoadResult loaded = new PlanLoader().load(file);
        assertThat(loaded.problems()).isEmpty();
        Plan plan = loaded.plan().orElseThrow();
        assertThat(new dev.planrun.validate.PlanValidator(java.util.Map.of()).validate(plan, null)).isEmpty();
        assertThat(plan.steps()).hasSize(2_000);
        assertThat(plan.steps().stream().map(Step::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("shell", "sql", "file-copy", "config-set", "manual");
        Ordering ordering = PlanGraph.of(plan.steps()).order();
        assertThat(ordering).isInstanceOf(Ordering.Sorted.class);
        List<Step> sorted = ((Ordering.Sorted) ordering).steps();
        assertThat(sorted).isEqualTo(plan.steps()); // every step needs only earlier ones
    }

    @Test
    void aHundredThousandStepsFitTheLoadersSizeLimit(@TempDir Path dir) throws IOException {
        Path file = SyntheticPlan.write(dir.resolve("plan.yaml"), 100_000);
        assertThat(Files.size(file)).isLessThan(PlanLoader.MAX_FILE_BYTES);
    }
}
