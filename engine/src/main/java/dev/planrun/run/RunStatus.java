package dev.planrun.run;

/** How a run (or an operation on it) ended, and the exit code of each outcome. */
public enum RunStatus {
    /** Every step done or skipped. */
    DONE(0),
    /** A step failed; the run stopped (resume continues after the cause is fixed). */
    FAILED(1),
    /**
     * A manual step needs a confirmation nobody could give (no terminal, no --yes): not a failure,
     * the run is waiting for a person; {@code apply --resume --yes} continues.
     */
    WAITING_FOR_CONFIRMATION(7),
    /** A step was interrupted and is not safe to run again; a person must check before resuming. */
    INTERRUPTED(1),
    /** A step failed and every completed step was rolled back. */
    ROLLED_BACK(1),
    /** {@code planrun rollback} undid every completed step of the run. */
    ROLLBACK_DONE(0),
    /** Parameters, plan or state directory unusable (no run was started). */
    INVALID(2),
    /** {@code --resume} found no run to continue. */
    NOTHING_TO_RESUME(2),
    /** {@code --test-rollback} cannot rehearse this plan (an irreversible step, a state it cannot read); nothing ran. */
    NOT_REHEARSABLE(2),
    /** A plan precondition does not hold: nothing was changed. */
    PRECONDITION_FAILED(3),
    /** Another run holds the lock: the target's file lock, or a database's advisory lock (a run stopped before that step). */
    LOCKED(4),
    /**
     * Rollback stopped at an irreversible step or a failed rollback, or (rollback rehearsal) left
     * a state that differs from the start: a person must look.
     */
    ROLLBACK_INCOMPLETE(5),
    /** The plan, its files or its params changed since the run began. */
    CHANGED(6);

    private final int exitCode;

    RunStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
