package dev.planrun.lock;

/** Another process (or another run in this one) holds the lock; the message names the holder. */
public final class LockHeldException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String holder;

    public LockHeldException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** What the lock file says about its holder: pid, host, start time, run id (may be empty). */
    public String holder() {
        return holder;
    }
}
