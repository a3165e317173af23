package dev.planrun.sql.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * The data block of a {@code COPY ... FROM STDIN}, read straight from the script: lines up to a
 * line that is exactly {@code \.} (consumed, not part of the data) or the end of the script.
 */
final class CopyDataReader extends Reader {

    private final PeekingReader r;
    private boolean atLineStart = true;
    private boolean done;

    CopyDataReader(PeekingReader r) {
        this.r = r;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        int n = 0;
        while (n < len) {
            if (atLineStart && atEndMarker()) {
                done = true;
                break;
            }
            int k = r.readLineInto(cbuf, off + n, len - n);
            if (k < 0) {
                done = true;
                break;
            }
            atLineStart = cbuf[off + n + k - 1] == '\n';
            n += k;
        }
        return n == 0 && done ? -1 : n;
    }

    /** Reads whatever is left of the data block. */
    void skipRest() throws IOException {
        char[] sink = new char[8192];
        while (read(sink, 0, sink.length) >= 0) {
            // discard
        }
    }

    /** At a line {@code \.}: consumes it. */
    private boolean atEndMarker() throws IOException {
        if (r.peek() != '\\' || r.peek(1) != '.') {
            return false;
        }
        int third = r.peek(2);
        int end;
        if (third == '\n' || third < 0) {
            end = 2;
        } else if (third == '\r' && (r.peek(3) == '\n' || r.peek(3) < 0)) {
            end = 3;
        } else {
            return false;
        }
        for (int i = 0; i < end; i++) {
            r.read();
        }
        if (r.peek() == '\n') {
            r.read();
        }
        return true;
    }

    @Override
    public void close() {
        // the script's reader is closed by its owner
    }
}
