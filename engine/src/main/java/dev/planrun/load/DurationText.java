package dev.planrun.load;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Durations as plans write them: {@code 30s}, {@code 10m}, {@code 2h}, {@code 1h30m}, {@code 1d},
 * {@code 1.5s}. Parsed by {@link Duration#parse} after turning them into ISO-8601
 * ({@code 1h30m} -> {@code PT1H30M}).
 */
public final class DurationText {

    /** Shown in messages about a bad duration. */
    public static final String EXAMPLES = "a duration like 30s, 10m, 2h or 1h30m";

    private DurationText() {
    }

    /** The duration, or empty when the text is not one. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))
                || !t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || "DHMS".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int day = t.indexOf('D');
        String iso = day < 0 ? "PT" + t
                : day == t.length() - 1 ? "P" + t
                : "P" + t.substring(0, day + 1) + "T" + t.substring(day + 1);
        try {
            return Optional.of(Duration.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
