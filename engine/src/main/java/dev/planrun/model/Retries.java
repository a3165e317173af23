package dev.planrun.model;

import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Retry a failed step {@code count} more times, waiting {@code delay} between attempts. */
public record Retries(@Min(value = 0, message = "must be 0 or more") int count, Duration delay, Position position)
        implements Located {
}
