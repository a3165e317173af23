package dev.planrun.sql;

import dev.planrun.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a script run ended.
 *
 * @param transaction        how transactions were handled, and why
 * @param statementsExecuted statements the server executed successfully
 * @param committed          whether anything may have been committed: a {@code COMMIT} of the
 *                           script, planrun's commit of the one transaction, or a statement run
 *                           in autocommit. False means the database is as it was before the run
 *                           (sequences aside), so running the script again is safe
 * @param duration           wall-clock time of the run
 * @param output             what the script printed (query results, {@code \echo}), the first
 *                           and last parts when it exceeded the options' output limit
 * @param problems           problems found before running (an unsupported meta-command, ...):
 *                           when there are errors among them nothing was run
 * @param error              the error that stopped the run, if any
 */
public record ScriptResult(TransactionDecision transaction, long statementsExecuted, boolean committed,
                           Duration duration, String output, List<Problem> problems, Optional<ScriptError> error) {

    public ScriptResult {
        problems = List.copyOf(problems);
    }

    /** True when the script ran to its end without error. */
    public boolean succeeded() {
        return error.isEmpty() && !Problem.anyError(problems);
    }
}
