package dev.planrun.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders version strings by their numeric parts: {@code 4.2 < 4.10}, {@code 5.3 < 5.3.4};
 * a version with fewer parts is smaller when the shared parts are equal.
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();

    @Override
    public int compare(String a, String b) {
        List<Long> x = parts(a);
        List<Long> y = parts(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Long.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    /** The numeric parts of a version string, e.g. {@code OMERO5.3__1} gives 5, 3, 1. */
    public static List<Long> parts(String version) {
        List<Long> out = new ArrayList<>();
        long current = -1;
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c >= '0' && c <= '9') {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
                if (current > Long.MAX_VALUE / 10) {
                    current = Long.MAX_VALUE / 10;
                }
            } else if (current >= 0) {
                out.add(current);
                current = -1;
            }
        }
        if (current >= 0) {
            out.add(current);
        }
        return out;
    }
}
