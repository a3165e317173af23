package dev.planrun.cli;

/** The exit codes of {@code planrun}, the same for every command. */
public final class ExitCodes {

    /** Done. */
    public static final int DONE = 0;
    /** A step failed (or planrun itself failed: the message says which). */
    public static final int FAILED = 1;
    /** A usage error, an invalid plan or invalid params. */
    public static final int USAGE = 2;
    /** A precondition does not hold; nothing was changed. */
    public static final int PRECONDITION = 3;
    /** Another run holds the lock. */
    public static final int LOCKED = 4;
    /** Rollback is incomplete: a person must look. */
    public static final int ROLLBACK_INCOMPLETE = 5;
    /** The reviewed file no longer matches (plan, referenced files or params changed). */
    public static final int REVIEW_CHANGED = 6;
    /** Stopped at a manual step waiting for a person (no terminal, no --yes); apply --resume --yes continues. */
    public static final int WAITING = 7;

    /** The footer of every command's help. */
    static final String[] HELP_FOOTER = {
        "  0  done",
        "  1  a step failed",
        "  2  usage error or invalid plan",
        "  3  a precondition does not hold (nothing was changed)",
        "  4  another run holds the lock",
        "  5  rollback incomplete (a person must look)",
        "  6  the reviewed file no longer matches (plan, files or params changed)",
        "  7  stopped at a manual step waiting for a person: apply --resume --yes",
    };

    private ExitCodes() {
    }
}
