package dev.planrun.model;

/** What a run does when a step fails. */
public enum OnFailure {
    /** Stop where it failed; the operator can fix and resume, or roll back. */
    STOP,
    /** Roll back the completed steps in reverse order. */
    ROLLBACK
}
