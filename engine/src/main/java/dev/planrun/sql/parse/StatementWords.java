package dev.planrun.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the words of a statement say, noted as it is lexed: the lexer state psql keeps per
 * statement (parenthesis depth and its {@code BEGIN ATOMIC} heuristic: a {@code ;} ends a
 * statement only outside both) and what {@link StatementTraits} are read from.
 */
final class StatementWords {

    private static final int MAX_LEADING_WORDS = 5;

    private int parenDepth;
    private int beginDepth;
    private int identifierCount;
    private final char[] identifiers = new char[4];

    private final List<String> leadingWords = new ArrayList<>();
    private String previousWord = "";
    private boolean copyFromStdin;
    private boolean copyToStdout;
    private boolean returning;

    boolean atTopLevel() {
        return parenDepth == 0 && beginDepth == 0;
    }

    void openParen() {
        parenDepth++;
    }

    void closeParen() {
        if (parenDepth > 0) {
            parenDepth--;
        }
    }

    /** Notes an unquoted identifier or keyword. */
    void word(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        trackBeginAtomic(upper);
        if (parenDepth == 0) {
            if (leadingWords.size() < MAX_LEADING_WORDS) {
                leadingWords.add(upper);
            }
            if (!leadingWords.isEmpty() && "COPY".equals(leadingWords.get(0))) {
                copyFromStdin |= "STDIN".equals(upper) && "FROM".equals(previousWord);
                copyToStdout |= "STDOUT".equals(upper) && "TO".equals(previousWord);
            }
        }
        returning |= "RETURNING".equals(upper);
        previousWord = upper;
    }

    StatementTraits traits() {
        return StatementTraits.of(leadingWords, copyFromStdin, copyToStdout, returning);
    }

    /**
     * psql's heuristic: in {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, {@code BEGIN} ...
     * {@code END} (with {@code CASE} ... {@code END} inside) encloses a {@code BEGIN ATOMIC} body.
     */
    private void trackBeginAtomic(String upper) {
        if (identifierCount < identifiers.length) {
            identifiers[identifierCount] = switch (upper) {
                case "CREATE", "FUNCTION", "PROCEDURE", "OR", "REPLACE" -> Character.toLowerCase(upper.charAt(0));
                default -> 0;
            };
        }
        identifierCount++;
        boolean routine = identifiers[0] == 'c' && (identifiers[1] == 'f' || identifiers[1] == 'p'
                || (identifiers[1] == 'o' && identifiers[2] == 'r' && (identifiers[3] == 'f' || identifiers[3] == 'p')));
        if (!routine || parenDepth != 0) {
            return;
        }
        switch (upper) {
            case "BEGIN" -> beginDepth++;
            case "CASE" -> {
                if (beginDepth >= 1) {
                    beginDepth++;
                }
            }
            case "END" -> {
                if (beginDepth > 0) {
                    beginDepth--;
                }
            }
            default -> {
            }
        }
    }
}
