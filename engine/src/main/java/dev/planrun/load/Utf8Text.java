package dev.planrun.load;

import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 for the files planrun reads besides plans (params files, reviewed files): where the first bad byte is. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The text, a leading byte-order mark dropped; or null, with the bad byte's line and column
     * in {@code problems}.
     *
     * @param what what the file is, for the message: {@code params file}
     */
    public static String decode(byte[] bytes, String name, String what, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(Problem.error(Position.of(name, line, column), String.format("%s is not valid UTF-8:"
                    + " byte 0x%02X at offset %d; save it as UTF-8", what, bytes[in.position()] & 0xFF, in.position())));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
