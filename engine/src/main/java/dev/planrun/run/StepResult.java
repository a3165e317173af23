package dev.planrun.run;

/**
 * How one step ended in a run.
 *
 * @param haltedByPrecondition the step failed because a precondition with {@code on-fail: halt} did not hold
 *                             (it did not run)
 * @param stillRunning         the step passed its timeout and would not stop: nothing else may run
 */
record StepResult(Kind kind, String detail, boolean haltedByPrecondition, boolean stillRunning) {

    StepResult(Kind kind, String detail, boolean haltedByPrecondition) {
        this(kind, detail, haltedByPrecondition, false);
    }

    enum Kind {
        DONE, SKIPPED, FAILED, WAITING,
        /** Not started: another session holds the database's advisory lock. */
        LOCKED
    }

    static StepResult done(String summary) {
        return new StepResult(Kind.DONE, summary, false);
    }

    static StepResult skipped(String reason) {
        return new StepResult(Kind.SKIPPED, reason, false);
    }

    static StepResult failed(String error) {
        return new StepResult(Kind.FAILED, error, false);
    }
}
