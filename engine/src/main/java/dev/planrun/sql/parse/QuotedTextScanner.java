package dev.planrun.sql.parse;

import java.io.IOException;

/**
 * Lexes the parts of SQL inside which a {@code ;} does not end a statement and variables are not
 * substituted: strings, quoted identifiers, dollar-quoted bodies and comments. Each method starts
 * at the opening character and consumes through the closing one (or to the end of the script:
 * psql sends an unterminated statement as it is and the server reports it).
 */
final class QuotedTextScanner {

    private static final int MAX_TAG = 1000;
    private static final boolean[] STRING_STOPS = stops('\'', '\\');
    private static final boolean[] IDENTIFIER_STOPS = stops('"');
    private static final boolean[] DOLLAR_STOPS = stops('$');
    private static final boolean[] COMMENT_STOPS = stops('*', '/');
    private static final boolean[] LINE_STOPS = stops('\n');

    private final PeekingInput r;
    private final boolean standardConformingStrings;

    QuotedTextScanner(PeekingInput r, boolean standardConformingStrings) {
        this.r = r;
        this.standardConformingStrings = standardConformingStrings;
    }

    /** {@code -- ...} up to the end of the line; kept in {@code b} unless it is null. */
    void lineComment(StatementBuilder b) throws IOException {
        while (r.peek() >= 0 && r.peek() != '\n') {
            if (b == null) {
                r.read();
            } else {
                b.take(r);
                b.takeRun(r, LINE_STOPS);
            }
        }
    }

    /** {@code /* ... *}{@code /}, nested as PostgreSQL nests them. */
    void blockComment(StatementBuilder b) throws IOException {
        b.take(r);
        b.take(r);
        int depth = 1;
        while (depth > 0 && r.peek() >= 0) {
            b.takeRun(r, COMMENT_STOPS);
            if (r.peek() == '/' && r.peek(1) == '*') {
                depth++;
                b.take(r);
            } else if (r.peek() == '*' && r.peek(1) == '/') {
                depth--;
                b.take(r);
            }
            b.take(r);
        }
    }

    /**
     * A string at its opening quote: {@code ''} is a quote; backslash escapes the next character
     * in an {@code E''} string, and in every string when standard_conforming_strings is off.
     * SQL's continuation of a string on the next line is not followed: psql lexes line by line
     * and never sees one.
     */
    void string(StatementBuilder b, boolean escapeString) throws IOException {
        boolean backslashEscapes = escapeString || !standardConformingStrings;
        b.take(r);
        while (true) {
            int c = r.peek();
            if (c < 0) {
                return;
            }
            if (c == '\'') {
                b.take(r);
                if (r.peek() != '\'') {
                    return;
                }
                b.take(r);
            } else if (c == '\\' && backslashEscapes) {
                b.take(r);
                if (r.peek() >= 0) {
                    b.take(r);
                }
            } else {
                b.take(r);
                b.takeRun(r, STRING_STOPS);
            }
        }
    }

    /** A quoted identifier at its opening double quote; {@code ""} is a double quote. */
    void identifier(StatementBuilder b) throws IOException {
        b.take(r);
        while (r.peek() >= 0) {
            if (r.peek() == '"') {
                b.take(r);
                if (r.peek() != '"') {
                    return;
                }
            }
            b.take(r);
            b.takeRun(r, IDENTIFIER_STOPS);
        }
    }

    /** At a {@code $}: the length of the dollar-quote delimiter starting here ({@code $tag$}), or 0. */
    int dollarTagLength() throws IOException {
        int c = r.peek(1);
        if (c == '$') {
            return 2;
        }
        if (!isTagStart(c)) {
            return 0;
        }
        int i = 2;
        while (i < MAX_TAG && isTagCont(r.peek(i))) {
            i++;
        }
        return r.peek(i) == '$' ? i + 1 : 0;
    }

    /** A dollar-quoted body at its opening delimiter, through the same delimiter. */
    void dollarBody(StatementBuilder b) throws IOException {
        int length = dollarTagLength();
        int[] tag = new int[length];
        for (int i = 0; i < length; i++) {
            tag[i] = r.peek();
            b.take(r);
        }
        while (r.peek() >= 0) {
            if (r.peek() == '$' && closes(tag)) {
                for (int i = 0; i < length; i++) {
                    b.take(r);
                }
                return;
            }
            b.take(r);
            b.takeRun(r, DOLLAR_STOPS);
        }
    }

    private boolean closes(int[] tag) throws IOException {
        for (int i = 1; i < tag.length; i++) {
            if (r.peek(i) != tag[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] stops(char... bytes) {
        boolean[] stops = new boolean[256];
        for (char c : bytes) {
            stops[c] = true;
        }
        return stops;
    }

    private static boolean isTagStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isTagCont(int c) {
        return isTagStart(c) || (c >= '0' && c <= '9');
    }
}
