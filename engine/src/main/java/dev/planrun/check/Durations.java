package dev.planrun.check;

import java.time.Duration;

/** Durations the way plans write them: {@code 30s}, {@code 10m}, {@code 1h30m}, {@code 250ms}. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration d) {
        if (d == null) {
            return "-";
        }
        if (d.isZero()) {
            return "0s";
        }
        if (d.toSeconds() == 0) {
            return d.toMillis() + "ms";
        }
        StringBuilder out = new StringBuilder();
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        if (h > 0) {
            out.append(h).append('h');
        }
        if (m > 0) {
            out.append(m).append('m');
        }
        if (s > 0 || out.length() == 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }
}
