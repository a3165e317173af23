package dev.planrun.sql.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of the bytes the lexer collected. */
final class Utf8 {

    private Utf8() {
    }

    /** The text of {@code bytes}; malformed input is an error, never replaced. */
    static String decode(byte[] bytes, int length, LineColumn at) throws NotUtf8Exception {
        boolean ascii = true;
        for (int i = 0; i < length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(at, e);
        }
    }

    /** How many UTF-16 units a byte adds: none for continuation bytes, two for a 4-byte sequence's lead. */
    static int charWeight(int b) {
        if ((b & 0xC0) == 0x80) {
            return 0;
        }
        return b >= 0xF0 ? 2 : 1;
    }
}
