package dev.planrun.sql.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects the text of one statement (as UTF-8 bytes) while it is lexed, with where each part was
 * written; its {@link StatementWords} keep what the words say.
 */
final class StatementBuilder implements PeekingInput.ByteSink {

    private byte[] text = new byte[256];
    private int length;
    /** The length of the decoded text so far, in UTF-16 units: positions are mapped in those. */
    private int chars;
    private final PositionMap positions = new PositionMap();
    private LineColumn start;
    private LineColumn keywordStart;
    private int lastEpoch = -1;

    private final StatementWords words = new StatementWords();

    boolean isEmpty() {
        return length == 0;
    }

    /** True once something other than a comment was seen. */
    boolean hasTokens() {
        return keywordStart != null;
    }

    /** True when a {@code ;} here ends the statement. */
    boolean atTopLevel() {
        return words.atTopLevel();
    }

    /** Reads one byte of the script into the statement. */
    void take(PeekingInput r) throws IOException {
        anchor(r);
        int b = r.read();
        if (b >= 0) {
            ensure(1);
            text[length++] = (byte) b;
            chars += Utf8.charWeight(b);
        }
    }

    /** Reads the run of bytes before the next stop byte (maybe none) into the statement. */
    void takeRun(PeekingInput r, boolean[] stops) {
        if (r.epoch() == lastEpoch && start != null) {
            r.readRun(stops, this);
        }
    }

    @Override
    public void append(byte[] bytes, int offset, int n) {
        ensure(n);
        System.arraycopy(bytes, offset, text, length, n);
        for (int i = 0; i < n; i++) {
            chars += Utf8.charWeight(bytes[offset + i] & 0xFF);
        }
        length += n;
    }

    private void anchor(PeekingInput r) {
        if (r.epoch() != lastEpoch || start == null) {
            LineColumn at = r.position();
            if (start == null) {
                start = at;
            }
            positions.anchor(chars, at, r.inSubstitution());
            lastEpoch = r.epoch();
        }
    }

    private void ensure(int n) {
        if (length + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + n));
        }
    }

    /**
     * A meta-command starts: when nothing but the line break was added since the previous line,
     * psql takes the line break back (a line holding only a meta-command leaves the statement
     * as it was).
     */
    void metaCommandLine() {
        if (length > 0 && text[length - 1] == '\n') {
            length--;
            chars--;
        }
        lastEpoch = -1; // the text no longer follows the script: anchor what comes next
    }

    /** Appends a value psql substitutes without reading it again ({@code :'VAR'}, {@code :"VAR"}). */
    void appendSubstituted(String value, LineColumn at) {
        if (start == null) {
            start = at;
        }
        positions.anchor(chars, at, true);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, text, length, bytes.length);
        length += bytes.length;
        chars += value.length();
        lastEpoch = -1;
    }

    /** Notes that a token (not a comment) starts here. */
    void token(LineColumn at) {
        if (keywordStart == null) {
            keywordStart = at;
        }
    }

    void openParen() {
        words.openParen();
    }

    void closeParen() {
        words.closeParen();
    }

    /** Notes an unquoted identifier or keyword (its bytes are already taken). */
    void word(String word) {
        words.word(word);
    }

    /**
     * The finished statement.
     *
     * @param end        where the {@code ;} is, or where the script ended
     * @param terminated false when the script ended without a {@code ;} (trailing blanks are dropped)
     */
    SqlStatement build(LineColumn end, boolean terminated) throws NotUtf8Exception {
        if (!terminated) {
            while (length > 0 && (text[length - 1] == ' ' || text[length - 1] == '\t' || text[length - 1] == '\n'
                    || text[length - 1] == '\r' || text[length - 1] == '\f')) {
                length--;
            }
        }
        return new SqlStatement(Utf8.decode(text, length, start), start, keywordStart, end, terminated,
                words.traits(), positions);
    }
}
