package dev.planrun.sql.parse;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Characters of a script with look-ahead and their line and column. Text can be put in front of
 * the remaining input: a psql variable's value (read again by the lexer, as psql does, and
 * located at the reference) or a piece of a line read early (located where it was written).
 * Memory is one fixed buffer plus whatever was put in front.
 */
final class PeekingReader {

    /** The longest look-ahead a caller may ask for. */
    static final int MAX_LOOKAHEAD = 4096;

    private static final int CAPACITY = 1 << 16;

    private final Reader in;
    private final char[] buf = new char[CAPACITY];
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private int column = 1;
    private final Deque<Segment> overlay = new ArrayDeque<>();
    private int epoch;

    PeekingReader(Reader in) {
        this.in = in;
    }

    /** Text read before the rest of the input; {@code located == false} keeps the position still. */
    private static final class Segment {
        final String text;
        final boolean located;
        final String variable;
        int index;
        int line;
        int column;

        Segment(String text, boolean located, String variable, int line, int column) {
            this.text = text;
            this.located = located;
            this.variable = variable;
            this.line = line;
            this.column = column;
        }
    }

    /** The next character, or -1 at the end. */
    int peek() throws IOException {
        if (!overlay.isEmpty()) {
            return peek(0);
        }
        if (pos < limit) {
            return buf[pos];
        }
        return fill(1) ? buf[pos] : -1;
    }

    /** The character {@code ahead} places after the next one (0: the next one), or -1. */
    int peek(int ahead) throws IOException {
        int skip = ahead;
        for (Segment s : overlay) {
            int left = s.text.length() - s.index;
            if (skip < left) {
                return s.text.charAt(s.index + skip);
            }
            skip -= left;
        }
        if (skip >= MAX_LOOKAHEAD) {
            throw new IllegalArgumentException("look-ahead too far: " + ahead);
        }
        if (pos + skip < limit || fill(skip + 1)) {
            return buf[pos + skip];
        }
        return -1;
    }

    /** Consumes and returns the next character, or -1 at the end. */
    int read() throws IOException {
        Segment s = overlay.peekFirst();
        if (s != null) {
            char c = s.text.charAt(s.index++);
            if (s.located) {
                if (c == '\n') {
                    s.line++;
                    s.column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    s.column++;
                }
            }
            if (s.index == s.text.length()) {
                overlay.removeFirst();
                epoch++;
            }
            return c;
        }
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        char c = buf[pos++];
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        return c;
    }

    /**
     * Copies characters up to and including the next newline (or {@code len} of them, or up to the
     * end) into {@code dst}: the fast path for {@code COPY} data.
     *
     * @return how many were copied; -1 at the end
     */
    int readLineInto(char[] dst, int off, int len) throws IOException {
        if (!overlay.isEmpty()) {
            int n = 0;
            while (n < len && !overlay.isEmpty()) {
                char c = (char) read();
                dst[off + n++] = c;
                if (c == '\n') {
                    break;
                }
            }
            return n;
        }
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        int end = Math.min(limit, pos + len);
        int i = pos;
        while (i < end && buf[i] != '\n') {
            i++;
        }
        boolean newline = i < end;
        int n = (newline ? i + 1 : i) - pos;
        System.arraycopy(buf, pos, dst, off, n);
        pos += n;
        if (newline) {
            line++;
            column = 1;
        } else {
            column += n;
        }
        return n;
    }

    /** Where the next character was written. */
    LineColumn position() {
        Segment s = overlay.peekFirst();
        if (s != null) {
            return new LineColumn(s.line, s.column);
        }
        return new LineColumn(line, column);
    }

    /** True while the next character comes from a variable's value rather than the script. */
    boolean inSubstitution() {
        Segment s = overlay.peekFirst();
        return s != null && !s.located;
    }

    /**
     * Reads the value of {@code variable} next; its characters are all located at {@code at}, the
     * variable reference.
     */
    void pushSubstitution(String variable, String value, LineColumn at) {
        if (!value.isEmpty()) {
            overlay.addFirst(new Segment(value, false, variable, at.line(), at.column()));
            epoch++;
        }
    }

    /** True while the value of {@code variable} is being read (psql refuses to expand it again). */
    boolean expanding(String variable) {
        for (Segment s : overlay) {
            if (variable.equals(s.variable)) {
                return true;
            }
        }
        return false;
    }

    /** Reads {@code text} next, located as written at {@code at}. */
    void pushBack(String text, LineColumn at) {
        if (!text.isEmpty()) {
            overlay.addFirst(new Segment(text, true, null, at.line(), at.column()));
            epoch++;
        }
    }

    /** Changes whenever the source of the next character changes (script, value, text put back). */
    int epoch() {
        return epoch;
    }

    /** Ensures at least {@code n} characters are buffered, unless the input ends first. */
    private boolean fill(int n) throws IOException {
        if (pos + n <= limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < n) {
            int r = in.read(buf, limit, CAPACITY - limit);
            if (r < 0) {
                eof = true;
                return false;
            }
            limit += r;
        }
        return true;
    }
}
