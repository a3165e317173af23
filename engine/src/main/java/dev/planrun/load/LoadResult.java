package dev.planrun.load;

import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What loading a plan gave: the plan when the file could be read into the model (possibly with
 * warnings, or with errors that validation reports alongside), and every problem found, sorted by
 * position.
 *
 * @param partial when the file has loading errors, what of it did load, so that validation can
 *                judge the rest in the same pass; never a plan to review or run
 */
public record LoadResult(Optional<Plan> plan, List<Problem> problems, Optional<Partial> partial) {

    /**
     * The parts of a plan file with errors that loaded, and what did not ({@link Unloaded}).
     *
     * @param plan the steps, params, connections and fields that loaded; a field that did not
     *             holds its absent value
     */
    public record Partial(Plan plan, Unloaded unloaded) {
    }

    public LoadResult {
        problems = problems.stream().sorted().toList();
    }

    public LoadResult(Optional<Plan> plan, List<Problem> problems) {
        this(plan, problems, Optional.empty());
    }

    public boolean ok() {
        return plan.isPresent() && !Problem.anyError(problems);
    }
}
