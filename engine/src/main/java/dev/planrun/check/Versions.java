package dev.planrun.check;

import dev.planrun.catalog.VersionOrder;
import java.util.List;

/**
 * Version-aware comparison for {@code at-least}/{@code at-most}, by numeric parts (see
 * {@link VersionOrder#parts}): {@code 9.3 < 10.1}, {@code 5.19.4 > 5.19}, and OMERO database
 * versions compare as numbers, {@code OMERO5.3__1} (5, 3, 1) below {@code OMERO5.4__0} (5, 4, 0).
 * Unlike the catalog's ordering, missing parts count as 0 here: {@code 5.19.0} is at most
 * {@code 5.19}, as an operator reading the bound expects.
 */
public final class Versions {

    private Versions() {
    }

    /** Whether a text has at least one number to compare. */
    public static boolean isVersion(String text) {
        return text != null && !VersionOrder.parts(text).isEmpty();
    }

    /**
     * Negative, zero or positive as {@code a} is below, equal to or above {@code b}.
     *
     * @throws IllegalArgumentException when either has no numeric part
     */
    public static int compare(String a, String b) {
        List<Long> x = partsOf(a);
        List<Long> y = partsOf(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            int c = Long.compare(i < x.size() ? x.get(i) : 0, i < y.size() ? y.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Long> partsOf(String text) {
        if (!isVersion(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a version (it has no number)");
        }
        return VersionOrder.parts(text);
    }
}
