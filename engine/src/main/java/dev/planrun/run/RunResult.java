package dev.planrun.run;

import dev.planrun.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What an apply or rollback came to.
 *
 * @param runId    the run (null when none was started or found)
 * @param runDir   its directory (null likewise)
 * @param message  one line for the operator, masked
 * @param leftOver steps a person must look at (irreversible or failed rollbacks, an interrupted step)
 * @param problems parameter problems ({@link RunStatus#INVALID}) or what changed ({@link RunStatus#CHANGED})
 */
public record RunResult(RunStatus status, String runId, Path runDir, String message, List<String> leftOver,
                        List<Problem> problems) {

    public RunResult {
        leftOver = leftOver == null ? List.of() : List.copyOf(leftOver);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public int exitCode() {
        return status.exitCode();
    }

    static RunResult withoutRun(RunStatus status, String message, List<Problem> problems) {
        return new RunResult(status, null, null, message, List.of(), problems);
    }
}
