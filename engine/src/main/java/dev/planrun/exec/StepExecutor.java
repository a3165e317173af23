package dev.planrun.exec;

import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.List;

/**
 * Runs one type of step. Steps arrive resolved: every {@code ${...}} replaced with its value
 * (secrets included; the engine masks whatever is shown, logged or journaled).
 *
 * @param <S> the step record this executor runs
 */
public interface StepExecutor<S extends Step> {

    /** The step record type this executor runs. */
    Class<S> stepType();

    /**
     * What {@link #apply} would do, found without changing anything: not a file, not a package,
     * not the database. May read files, run read-only commands ({@code pip install --dry-run},
     * {@code omero config get}) and open read-only transactions.
     */
    StepPreview preview(S step, StepContext context);

    /**
     * Makes the change. Before changing anything, records what {@link #rollback} needs under
     * {@link StepContext#stepDir()} (flushed to disk), so that a rollback works even after the
     * process was killed.
     *
     * @throws StepFailedException when the step did not achieve its effect
     */
    StepOutcome apply(S step, StepContext context) throws StepFailedException;

    /**
     * What would stop the step from running, found by reading its inputs as they are now: no
     * connection, no program, no change. An input that does not exist yet is not a problem here
     * (an earlier step may make it; the step looks again when it starts). Apply asks for every
     * step before the first one runs, so that a plan that cannot get through does not start;
     * validation and the review report the same problems.
     */
    default List<Problem> inputProblems(S step) {
        return List.of();
    }

    /** True when the type has its own inverse ({@code rollback: auto}). */
    boolean hasAutoRollback();

    /**
     * Undoes a completed (or partly completed) {@link #apply} from what it recorded. Called only
     * for {@code rollback: auto} and only when {@link #hasAutoRollback()}.
     *
     * @throws StepFailedException when the earlier state could not be restored
     */
    default void rollback(S step, StepContext context) throws StepFailedException {
        throw new StepFailedException(step.type() + " steps have no automatic rollback");
    }

    /**
     * Whether a step that started and never finished (the process died) may simply be run again
     * on resume. Executors that can tell decide from the step's recorded state.
     */
    default ResumeSafety resumeSafety(S step, StepContext context) {
        return ResumeSafety.unsafe("a " + step.type() + " step was interrupted; planrun cannot tell what it did");
    }
}
