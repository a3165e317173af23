package dev.planrun.journal;

/**
 * One step as its journal tells.
 *
 * @param index           1-based position in the run order (0 when the step never started)
 * @param startedAt       ISO instant of the last start (null: never)
 * @param finishedAt      ISO instant of the last end (null: not ended)
 * @param detail          the summary, the skip reason or the error
 * @param attempts        how many times it was started (retries and resumes count)
 * @param logFile         the step log, relative to the run directory (null: never started)
 * @param rollbackOutcome the last rollback of this step: ROLLED_BACK, PASSED_OVER, IRREVERSIBLE, FAILED (null: none)
 * @param rollbackDetail  what the rollback said
 */
public record StepRecord(String step, StepState state, int index, String startedAt, String finishedAt,
                         String detail, int attempts, String logFile, String rollbackOutcome, String rollbackDetail) {

    public static StepRecord pending(String step) {
        return new StepRecord(step, StepState.PENDING, 0, null, null, null, 0, null, null, null);
    }

    StepRecord started(String time, int newIndex, String log) {
        return new StepRecord(step, StepState.STARTED, newIndex, time, null, null, attempts + 1, log, null, null);
    }

    StepRecord ended(StepState newState, String time, String newDetail) {
        return new StepRecord(step, newState, index, startedAt, time, newDetail, attempts, logFile, rollbackOutcome,
                rollbackDetail);
    }

    StepRecord rolledBack(String outcome, String time, String what) {
        StepState s = "ROLLED_BACK".equals(outcome) ? StepState.ROLLED_BACK : state;
        return new StepRecord(step, s, index, startedAt, "ROLLED_BACK".equals(outcome) ? time : finishedAt, detail,
                attempts, logFile, outcome, what);
    }
}
