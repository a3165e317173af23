package dev.planrun.sql.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The data block of a {@code COPY ... FROM STDIN}, read straight from the script as bytes (sent
 * to the server as they are, as psql sends them): lines up to a line that is exactly {@code \.}
 * (consumed, not part of the data) or the end of the script.
 */
final class CopyDataStream extends InputStream {

    private final PeekingInput r;
    private boolean atLineStart = true;
    private boolean done;

    CopyDataStream(PeekingInput r) {
        this.r = r;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        int n = 0;
        while (n < len) {
            if (atLineStart && atEndMarker()) {
                done = true;
                break;
            }
            int k = r.readDataInto(b, off + n, len - n);
            if (k < 0) {
                done = true;
                break;
            }
            atLineStart = b[off + n + k - 1] == '\n';
            n += k;
        }
        return n == 0 && done ? -1 : n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    /** Reads whatever is left of the data block. */
    void skipRest() throws IOException {
        byte[] sink = new byte[1 << 16];
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
        // the script's stream is closed by its owner
    }
}
