package dev.planrun.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * Something that happened during a run. Written to the journal as one JSON line each (except
 * {@link StepOutput}, which goes to the step log, and {@link StepProgress}, which is for the
 * terminal only), with {@code "event"} naming the type.
 * {@code time} is an ISO-8601 instant.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RunEvent.RunStarted.class, name = "run-started"),
    @JsonSubTypes.Type(value = RunEvent.RunResumed.class, name = "run-resumed"),
    @JsonSubTypes.Type(value = RunEvent.PreconditionsEvaluated.class, name = "preconditions"),
    @JsonSubTypes.Type(value = RunEvent.StepStarted.class, name = "step-started"),
    @JsonSubTypes.Type(value = RunEvent.StepOutput.class, name = "output"),
    @JsonSubTypes.Type(value = RunEvent.StepProgress.class, name = "progress"),
    @JsonSubTypes.Type(value = RunEvent.OutputSummary.class, name = "output-summary"),
    @JsonSubTypes.Type(value = RunEvent.StepWarning.class, name = "step-warning"),
    @JsonSubTypes.Type(value = RunEvent.StepSkipped.class, name = "step-skipped"),
    @JsonSubTypes.Type(value = RunEvent.StepSucceeded.class, name = "step-succeeded"),
    @JsonSubTypes.Type(value = RunEvent.StepFailed.class, name = "step-failed"),
    @JsonSubTypes.Type(value = RunEvent.ManualConfirmation.class, name = "confirmation"),
    @JsonSubTypes.Type(value = RunEvent.RollbackStarted.class, name = "rollback-started"),
    @JsonSubTypes.Type(value = RunEvent.StepRolledBack.class, name = "step-rolled-back"),
    @JsonSubTypes.Type(value = RunEvent.RunFinished.class, name = "run-finished"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface RunEvent {

    String time();

    /** Hands the event to the listener method of its type. */
    void sendTo(RunListener listener);

    /** The step an event is about, or null for run-level events. */
    default String step() {
        return null;
    }

    /**
     * A run began.
     *
     * @param planSha256   sha256 of the plan file (or of the in-memory plan)
     * @param paramsDigest sha256 of the non-secret parameter values and the secret params' names
     * @param reviewedSha256 sha256 of the reviewed file applied ({@code apply FILE}); null: a plan applied directly
     * @param params       non-secret parameter values
     * @param secretParams names of secret parameters (values never written)
     * @param files        sha256 of each file the plan reads that existed at start (null: absent)
     * @param steps        step ids in run order
     */
    record RunStarted(String time, String runId, String planId, String planTitle, String planFile,
                      String planSha256, String paramsDigest, String reviewedSha256, Map<String, Object> params,
                      List<String> secretParams,
                      Map<String, String> files, List<String> steps, String onFailure, String host, long pid)
            implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.runStarted(this);
        }
    }

    /** {@code apply --resume} continued this run; {@code rerun} are interrupted steps found safe to run again. */
    record RunResumed(String time, String runId, List<String> done, List<String> rerun, long pid) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.runResumed(this);
        }
    }

    /** The plan-level preconditions, evaluated before anything is changed. */
    record PreconditionsEvaluated(String time, boolean hold, List<CheckRecord> results) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.preconditionsEvaluated(this);
        }
    }

    /**
     * A step is about to run (or to be rolled back, see {@link StepRolledBack}).
     *
     * @param index  1-based position in the run order
     * @param sha256 sha256 of the resolved step, secrets masked
     * @param logFile the step log, relative to the run directory
     */
    record StepStarted(String time, String step, int index, int total, String type, String title, String sha256,
                       int attempt, String logFile) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepStarted(this);
        }
    }

    /** One line of a step's output (step log and terminal only, not the journal). */
    record StepOutput(String time, String step, String line) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.output(this);
        }
    }

    /**
     * How far a running step is (a few times a second at most; terminal only, not the journal).
     *
     * @param done       units done, e.g. statements executed
     * @param unit       what {@code done} counts, plural ({@code statements})
     * @param bytesDone  bytes of the step's input processed (0: not counted)
     * @param bytesTotal bytes of the whole input (0: not known)
     */
    record StepProgress(String time, String step, long done, String unit, long bytesDone, long bytesTotal)
            implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.progress(this);
        }
    }

    /** How much a step printed and its last line, journaled when the step ends. */
    record OutputSummary(String time, String step, long lines, String lastLine) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.outputSummary(this);
        }
    }

    /** Something the operator should know: a precondition with {@code on-fail: warn}, a retry. */
    record StepWarning(String time, String step, String message) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepWarning(this);
        }
    }

    /** The step did not run ({@code when} false, a precondition with {@code on-fail: skip}, {@code creates} present). */
    record StepSkipped(String time, String step, String reason) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepSkipped(this);
        }
    }

    /** The step did what it should. */
    record StepSucceeded(String time, String step, String summary, long elapsedMillis) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepSucceeded(this);
        }
    }

    /**
     * The step failed.
     *
     * @param waiting true when it stopped waiting for a person's confirmation (resume continues)
     * @param continued true when {@code continue-on-error} let the run go on
     */
    record StepFailed(String time, String step, String error, long elapsedMillis, boolean waiting, boolean continued)
            implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepFailed(this);
        }
    }

    /** A person's answer to a manual step: confirmed, declined or unavailable. */
    record ManualConfirmation(String time, String step, String answer) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.manualConfirmation(this);
        }
    }

    /** Rollback of {@code steps} (in this order) begins. */
    record RollbackStarted(String time, String reason, List<String> steps) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.rollbackStarted(this);
        }
    }

    /** The rollback of one step: rolled back, passed over, irreversible or failed. */
    record StepRolledBack(String time, String step, RollbackOutcome outcome, String detail) implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.stepRolledBack(this);
        }
    }

    /**
     * The run ended (or an operation on it: rollback).
     *
     * @param status   see {@code dev.planrun.run.RunStatus}
     * @param leftOver steps a person must look at (rollback incomplete, interrupted steps)
     */
    record RunFinished(String time, String status, int exitCode, String message, List<String> leftOver)
            implements RunEvent {
        @Override
        public void sendTo(RunListener l) {
            l.runFinished(this);
        }
    }

    /** How the rollback of one step ended. */
    enum RollbackOutcome {
        /** Undone. */
        ROLLED_BACK,
        /** Nothing declared to undo ({@code rollback} omitted on shell, sql, manual): passed over. */
        PASSED_OVER,
        /** {@code rollback: none}: automatic rollback ends here. */
        IRREVERSIBLE,
        /** The rollback itself failed: automatic rollback ends here. */
        FAILED
    }
}
