package dev.planrun.sql.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the text of one statement while it is lexed, with where each part was written, and
 * the lexer state psql keeps per statement: parenthesis depth and its {@code BEGIN ATOMIC}
 * heuristic (a {@code ;} ends a statement only outside both).
 */
final class StatementBuilder {

    private static final int MAX_LEADING_WORDS = 5;

    private final StringBuilder text = new StringBuilder();
    private final PositionMap positions = new PositionMap();
    private LineColumn start;
    private LineColumn keywordStart;
    private int lastEpoch = -1;

    private int parenDepth;
    private int beginDepth;
    private int identifierCount;
    private final char[] identifiers = new char[4];

    private final List<String> leadingWords = new ArrayList<>();
    private String previousWord = "";
    private boolean copyFromStdin;
    private boolean copyToStdout;
    private boolean returning;

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** True once something other than a comment was seen. */
    boolean hasTokens() {
        return keywordStart != null;
    }

    /** True when a {@code ;} here ends the statement. */
    boolean atTopLevel() {
        return parenDepth == 0 && beginDepth == 0;
    }

    /** Reads one character of the script into the statement. */
    void take(PeekingReader r) throws IOException {
        if (r.epoch() != lastEpoch || start == null) {
            LineColumn at = r.position();
            if (start == null) {
                start = at;
            }
            positions.anchor(text.length(), at, r.inSubstitution());
            lastEpoch = r.epoch();
        }
        int c = r.read();
        if (c >= 0) {
            text.append((char) c);
        }
    }

    /**
     * A meta-command starts: when nothing but the line break was added since the previous line,
     * psql takes the line break back (a line holding only a meta-command leaves the statement
     * as it was).
     */
    void metaCommandLine() {
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '\n') {
            text.setLength(len - 1);
        }
        lastEpoch = -1; // the text no longer follows the script: anchor what comes next
    }

    /** Appends a value psql substitutes without reading it again ({@code :'VAR'}, {@code :"VAR"}). */
    void appendSubstituted(String value, LineColumn at) {
        if (start == null) {
            start = at;
        }
        positions.anchor(text.length(), at, true);
        text.append(value);
        lastEpoch = -1;
    }

    /** Notes that a token (not a comment) starts here. */
    void token(LineColumn at) {
        if (keywordStart == null) {
            keywordStart = at;
        }
    }

    void openParen() {
        parenDepth++;
    }

    void closeParen() {
        if (parenDepth > 0) {
            parenDepth--;
        }
    }

    /** Notes an unquoted identifier or keyword (its characters are already taken). */
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

    /**
     * The finished statement.
     *
     * @param end        where the {@code ;} is, or where the script ended
     * @param terminated false when the script ended without a {@code ;} (trailing blanks are dropped)
     */
    SqlStatement build(LineColumn end, boolean terminated) {
        if (!terminated) {
            int len = text.length();
            while (len > 0 && Character.isWhitespace(text.charAt(len - 1))) {
                len--;
            }
            text.setLength(len);
        }
        StatementTraits traits = StatementTraits.of(leadingWords, copyFromStdin, copyToStdout, returning);
        return new SqlStatement(text.toString(), start, keywordStart, end, terminated, traits, positions);
    }
}
