package dev.planrun.check;

import java.time.Duration;

/** Waits; tests pass one that advances a clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real thing: {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> Thread.sleep(Math.max(0, d.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
