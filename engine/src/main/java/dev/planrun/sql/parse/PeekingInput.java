package dev.planrun.sql.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a UTF-8 script with look-ahead and their line and column (columns count
 * characters: continuation bytes do not move them). Every byte that matters to the lexer is
 * ASCII and UTF-8 never uses ASCII bytes inside a multi-byte character, so the script is lexed
 * as bytes and only statement texts are decoded. Text can be put in front of the remaining input
 * (an {@link Overlay}). Memory is one fixed buffer plus whatever was put in front.
 */
final class PeekingInput {

    /** The longest look-ahead a caller may ask for. */
    static final int MAX_LOOKAHEAD = 4096;

    private static final int CAPACITY = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[CAPACITY];
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private int column = 1;
    private final Overlay overlay = new Overlay();
    private int epoch;

    PeekingInput(InputStream in) {
        this.in = in;
    }

    /** The next byte (0-255), or -1 at the end. */
    int peek() throws IOException {
        if (overlay.isEmpty() && pos < limit) {
            return buf[pos] & 0xFF;
        }
        return peek(0);
    }

    /** The byte {@code ahead} places after the next one (0: the next one), or -1. */
    int peek(int ahead) throws IOException {
        int skip = ahead;
        if (!overlay.isEmpty()) {
            int waiting = overlay.size();
            if (skip < waiting) {
                return overlay.peek(skip);
            }
            skip -= waiting;
        }
        if (skip >= MAX_LOOKAHEAD) {
            throw new IllegalArgumentException("look-ahead too far: " + ahead);
        }
        if (pos + skip < limit || fill(skip + 1)) {
            return buf[pos + skip] & 0xFF;
        }
        return -1;
    }

    /** Consumes and returns the next byte, or -1 at the end. */
    int read() throws IOException {
        if (!overlay.isEmpty()) {
            int b = overlay.read();
            if (overlay.isEmpty()) {
                epoch++;
            }
            return b;
        }
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        int b = buf[pos++] & 0xFF;
        if (b == '\n') {
            line++;
            column = 1;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
        return b;
    }

    /**
     * Hands {@code sink} the run of buffered script bytes before the next byte marked in
     * {@code stops} (bulk copying for long bodies and comments).
     *
     * @return how many bytes were handed over; 0 when the next byte is a stop, comes from text put
     * in front, or is not buffered yet (read it with {@link #read()})
     */
    int readRun(boolean[] stops, ByteSink sink) {
        if (!overlay.isEmpty()) {
            return 0;
        }
        int i = pos;
        int l = line;
        int c = column;
        while (i < limit) {
            int b = buf[i] & 0xFF;
            if (stops[b]) {
                break;
            }
            if (b == '\n') {
                l++;
                c = 1;
            } else if ((b & 0xC0) != 0x80) {
                c++;
            }
            i++;
        }
        int n = i - pos;
        if (n > 0) {
            sink.append(buf, pos, n);
            pos = i;
            line = l;
            column = c;
        }
        return n;
    }

    /** Receives runs of bytes. */
    interface ByteSink {
        void append(byte[] bytes, int offset, int length);
    }

    /**
     * Copies {@code COPY} data into {@code dst}: up to {@code len} bytes, stopping after a newline
     * when the next line may be the end marker (it starts with a backslash, or is not buffered
     * yet), so that the caller can look at that line first.
     *
     * @return how many bytes were copied; -1 at the end
     */
    int readDataInto(byte[] dst, int off, int len) throws IOException {
        if (!overlay.isEmpty()) {
            int n = 0;
            while (n < len && !overlay.isEmpty()) {
                int b = read();
                dst[off + n++] = (byte) b;
                if (b == '\n') {
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
        int lines = 0;
        int lineStart = -1;
        while (i < end) {
            if (buf[i++] == '\n') {
                lines++;
                lineStart = i;
                if (i == limit || buf[i] == '\\') {
                    break;
                }
            }
        }
        int n = i - pos;
        System.arraycopy(buf, pos, dst, off, n);
        pos = i;
        line += lines;
        column = lineStart < 0 ? column + n : i - lineStart + 1;
        return n;
    }

    /** Where the next byte was written. */
    LineColumn position() {
        return overlay.isEmpty() ? new LineColumn(line, column) : overlay.position();
    }

    /** True while the next byte comes from a variable's value rather than the script. */
    boolean inSubstitution() {
        return overlay.inSubstitution();
    }

    /** Reads the value of {@code variable} next, all of it located at {@code at}, the reference. */
    void pushSubstitution(String variable, byte[] value, LineColumn at) {
        if (value.length > 0) {
            overlay.push(value, false, variable, at);
            epoch++;
        }
    }

    /** True while the value of {@code variable} is being read (psql refuses to expand it again). */
    boolean expanding(String variable) {
        return overlay.expanding(variable);
    }

    /** Reads {@code text} next, located as written at {@code at}. */
    void pushBack(byte[] text, LineColumn at) {
        if (text.length > 0) {
            overlay.push(text, true, null, at);
            epoch++;
        }
    }

    /** Changes whenever the source of the next byte changes (script, value, text put back). */
    int epoch() {
        return epoch;
    }

    /** Ensures at least {@code n} bytes are buffered, unless the input ends first. */
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
