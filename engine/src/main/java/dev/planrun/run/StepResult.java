package dev.planrun.run;

/**
 * How one step ended in a run.
 *
 * @param haltedByPrecondition the step failed because a precondition with {@code on-fail: halt} did not hold
 *                             (it did not run)
 */
record StepResult(Kind kind, String detail, boolean haltedByPrecondition) {

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
