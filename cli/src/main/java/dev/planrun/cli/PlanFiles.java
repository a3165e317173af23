package dev.planrun.cli;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads and validates plan files for the commands, printing every problem found. */
final class PlanFiles {

    private final PlanLoader loader = new PlanLoader();

    /** A plan file read: the plan when it has no error, and every problem, sorted. */
    record Checked(Optional<Plan> plan, List<Problem> problems) {
        boolean ok() {
            return plan.isPresent() && !Problem.anyError(problems);
        }
    }

    Checked check(Path file) {
        LoadResult loaded = loader.load(file);
        return new Checked(loaded.plan(), loaded.problems());
    }

    /** The plan when it is valid; its problems (warnings too) are printed either way. */
    Optional<Plan> read(Path file, PrintWriter err) {
        Checked checked = check(file);
        print(checked.problems(), err);
        return checked.ok() ? checked.plan() : Optional.empty();
    }

    static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(p -> err.println(p));
        err.flush();
    }
}
