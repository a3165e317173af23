package dev.planrun.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.planrun.events.CheckRecord;
import java.util.List;
import java.util.Map;

/**
 * A run as a person reads it (masked). Serialized as {@code report.json}, format
 * {@value #FORMAT}.
 *
 * @param reviewedSha256 the sha256 of the reviewed file the run applied (null: a plan applied directly)
 * @param status    the last ending (DONE, FAILED, ROLLED_BACK, ...), RUNNING while a process
 *                  holds the run, INTERRUPTED when it ended without saying so (killed)
 * @param exitCode  the exit code of the last ending (null while running or interrupted)
 * @param steps     every step of the plan in run order
 * @param leftOver  steps a person must look at
 */
@JsonPropertyOrder({"format", "runId", "runDir", "planId", "planTitle", "planFile", "planSha256", "reviewedSha256", "status", "exitCode",
    "message", "startedAt", "finishedAt", "params", "secretParams", "preconditions", "steps", "leftOver"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(String format, String runId, String runDir, String planId, String planTitle, String planFile,
                         String planSha256, String reviewedSha256, String status, Integer exitCode, String message, String startedAt,
                         String finishedAt, Map<String, Object> params, List<String> secretParams,
                         List<CheckRecord> preconditions, List<StepRow> steps, List<String> leftOver) {

    public static final String FORMAT = "planrun-run-report/1";

    /**
     * One step of the run.
     *
     * @param state    pending, started, done, skipped, failed, waiting, rolled back (see {@code StepState#word})
     * @param logFile  absolute path of the step log (null when the step never ran)
     * @param rollback how its last rollback ended (null: never rolled back)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepRow(int index, String id, String title, String type, String state, int attempts,
                          String startedAt, String finishedAt, String detail, String logFile, String rollback,
                          String rollbackDetail) {
    }
}
