package dev.planrun.catalog;

/** Compares dotted versions numerically, part by part (4.3 &lt; 4.3.1 &lt; 4.4 &lt; 5.0). */
final class Versions {

    private Versions() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("[.]");
        String[] y = b.split("[.]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int i) {
        if (i >= parts.length) {
            return -1;
        }
        String digits = parts[i].replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
