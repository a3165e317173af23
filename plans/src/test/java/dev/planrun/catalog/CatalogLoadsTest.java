package dev.planrun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every catalog plan loads with the engine's loader, without errors or warnings. */
class CatalogLoadsTest {

    @Test
    void everyCatalogPlanLoadsCleanly() {
        PlanLoader loader = new PlanLoader();
        List<String> problems = new ArrayList<>();
        for (CatalogPlan plan : CatalogFiles.ofModule().plans()) {
            LoadResult result = loader.load(plan.file());
            result.problems().forEach(p -> problems.add(p.toString()));
            if (result.plan().isEmpty()) {
                problems.add(plan.id() + ": not loaded");
            }
        }
        assertThat(problems).isEmpty();
    }
}
