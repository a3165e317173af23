package dev.planrun.journal;

/** Where one step of a run stands, as its journal tells. */
public enum StepState {
    /** Not started. */
    PENDING,
    /** Started and not finished: running now, or interrupted when no process holds the run. */
    STARTED,
    /** Finished and did what it should. */
    DONE,
    /** Did not run, with the reason recorded. */
    SKIPPED,
    /** Failed (a resume runs it again). */
    FAILED,
    /** A manual step stopped waiting for a person's confirmation (a resume asks again). */
    WAITING,
    /** Done, then undone by a rollback. */
    ROLLED_BACK;

    /** The word status shows, e.g. {@code rolled back}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
