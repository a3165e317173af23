package dev.planrun.load;

import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What loading a plan gave: the plan when the file could be read into the model (possibly with
 * warnings, or with errors that validation reports alongside), and every problem found, sorted by
 * position.
 */
public record LoadResult(Optional<Plan> plan, List<Problem> problems) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
    }

    public boolean ok() {
        return plan.isPresent() && !Problem.anyError(problems);
    }
}
