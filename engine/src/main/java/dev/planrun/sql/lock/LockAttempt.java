package dev.planrun.sql.lock;

/** The outcome of {@link AdvisoryLock#tryAcquire}: the lock, or who holds it. */
public sealed interface LockAttempt {

    /** This session now holds the lock; close it to release. */
    record Acquired(AdvisoryLock lock) implements LockAttempt {
    }

    /** Another session holds it (the caller stops: exit code 4). */
    record HeldElsewhere(String name, LockHolder holder) implements LockAttempt {
    }
}
