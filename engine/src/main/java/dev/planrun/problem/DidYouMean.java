package dev.planrun.problem;

import java.util.Collection;
import java.util.Optional;

/**
 * The closest known name to a misspelt one, for messages like {@code did you mean 'needs'?}.
 * Distance is optimal string alignment (edits plus swaps of neighbours), case-insensitive; a
 * name is suggested only when it is close enough to be a likely typo, or when one of the two
 * starts with the other ({@code integer} for {@code int}).
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within the typo distance; ties go to the first candidate. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int limit = lower.length() <= 3 ? 1 : lower.length() <= 6 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null && lower.length() >= 3) {
            // a shortened or lengthened word: 'integer' for 'int', 'need' for 'needs'
            return candidates.stream().filter(c -> {
                String l = c.toLowerCase(java.util.Locale.ROOT);
                return l.length() >= 3 && (lower.startsWith(l) || l.startsWith(lower));
            }).findFirst();
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"}, or an empty string when nothing is close. */
    public static String suffix(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is close: for messages that go on after it. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
