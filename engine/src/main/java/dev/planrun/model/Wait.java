package dev.planrun.model;

import java.time.Duration;

/**
 * Poll a check every {@code interval} until it holds or {@code timeout} has passed.
 *
 * <p>Either may be written as a reference ({@code timeout: ${summary_timeout}}) so that a site
 * chooses it: the loaded plan then keeps the text in {@code timeoutText} or {@code intervalText}
 * and the duration is null until the check is resolved.
 */
public record Wait(Duration timeout, Duration interval, String timeoutText, String intervalText) {

    public Wait(Duration timeout, Duration interval) {
        this(timeout, interval, null, null);
    }

    /** Whether a duration is still a reference to resolve. */
    public boolean hasReferences() {
        return timeoutText != null || intervalText != null;
    }
}
