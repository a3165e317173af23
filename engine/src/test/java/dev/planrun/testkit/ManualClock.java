package dev.planrun.testkit;

import dev.planrun.check.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; its sleeper advances it instead of waiting. */
public final class ManualClock extends Clock {

    private Instant now = Instant.parse("2030-01-01T00:00:00Z");

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public Sleeper sleeper(Runnable eachSleep) {
        return d -> {
            advance(d);
            eachSleep.run();
        };
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
