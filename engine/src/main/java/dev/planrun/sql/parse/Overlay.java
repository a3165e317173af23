package dev.planrun.sql.parse;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bytes read before the rest of a script: a psql variable's value (read again by the lexer,
 * located at the reference) or a piece of a line read early (located where it was written).
 */
final class Overlay {

    private final Deque<Segment> segments = new ArrayDeque<>();

    /** One piece of text; {@code located == false} keeps the position still. */
    private static final class Segment {
        final byte[] text;
        final boolean located;
        final String variable;
        int index;
        int line;
        int column;

        Segment(byte[] text, boolean located, String variable, LineColumn at) {
            this.text = text;
            this.located = located;
            this.variable = variable;
            this.line = at.line();
            this.column = at.column();
        }
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** How many bytes are waiting. */
    int size() {
        int n = 0;
        for (Segment s : segments) {
            n += s.text.length - s.index;
        }
        return n;
    }

    /** The byte {@code ahead} places on (within {@link #size()}). */
    int peek(int ahead) {
        int skip = ahead;
        for (Segment s : segments) {
            int left = s.text.length - s.index;
            if (skip < left) {
                return s.text[s.index + skip] & 0xFF;
            }
            skip -= left;
        }
        throw new IndexOutOfBoundsException(ahead);
    }

    /**
     * Consumes the next byte.
     *
     * @return the byte; the caller learns whether a piece ended from {@link #isEmpty()} and
     *         {@link #position()}
     */
    int read() {
        Segment s = segments.peekFirst();
        int b = s.text[s.index++] & 0xFF;
        if (s.located) {
            if (b == '\n') {
                s.line++;
                s.column = 1;
            } else if ((b & 0xC0) != 0x80) {
                s.column++;
            }
        }
        if (s.index == s.text.length) {
            segments.removeFirst();
        }
        return b;
    }

    /** Where the next byte is located (only when not empty). */
    LineColumn position() {
        Segment s = segments.peekFirst();
        return new LineColumn(s.line, s.column);
    }

    /** True while the next byte comes from a variable's value. */
    boolean inSubstitution() {
        Segment s = segments.peekFirst();
        return s != null && !s.located;
    }

    /** True while the value of {@code variable} is being read. */
    boolean expanding(String variable) {
        return segments.stream().anyMatch(s -> variable.equals(s.variable));
    }

    void push(byte[] text, boolean located, String variable, LineColumn at) {
        segments.addFirst(new Segment(text, located, variable, at));
    }
}
