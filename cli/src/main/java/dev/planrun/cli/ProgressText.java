package dev.planrun.cli;

import dev.planrun.events.RunEvent;
import java.util.Locale;

/** A step's progress in words: {@code 12,345 statements, 41% of 5.2 MB}. */
final class ProgressText {

    private ProgressText() {
    }

    static String of(RunEvent.StepProgress p) {
        String text = String.format(Locale.ROOT, "%,d %s", p.done(), p.unit());
        if (p.bytesTotal() > 0) {
            long percent = Math.min(100, Math.max(0, p.bytesDone()) * 100 / p.bytesTotal());
            text += ", " + percent + "% of " + size(p.bytesTotal());
        }
        return text;
    }

    /** Decimal units, one digit after the point: {@code 812 bytes}, {@code 5.2 MB}. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes / 1000.0;
        int unit = 0;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
