package dev.planrun.cli;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.validate.PlanValidator;
import dev.planrun.validate.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads and validates plan files for the commands, printing every problem found. */
final class PlanFiles {

    private final Validation validation;

    /** @param validator the command's validator (see {@link PlanrunCommand#validator()}) */
    PlanFiles(PlanValidator validator) {
        this(new Validation(new PlanLoader(), validator));
    }

    private PlanFiles(Validation validation) {
        this.validation = validation;
    }

    /** Validation that also reads the scripts of sql steps ({@code planrun validate}). */
    static PlanFiles readingScripts(PlanValidator validator) {
        return new PlanFiles(new Validation(new PlanLoader(), validator).readingScripts());
    }

    /** A plan file read: the plan when it has no error, and every problem, sorted. */
    record Checked(Optional<Plan> plan, List<Problem> problems) {
        boolean ok() {
            return plan.isPresent() && !Problem.anyError(problems);
        }
    }

    /** Loaded and validated: every problem of both stages. */
    Checked check(Path file) {
        LoadResult checked = validation.of(file);
        return new Checked(checked.plan(), checked.problems());
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
