package dev.planrun.sql.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A psql variable reference found at a colon: {@code :NAME}, {@code :'NAME'}, {@code :"NAME"} or
 * {@code :{?NAME}}.
 *
 * @param length how many characters the reference takes in the script
 */
record VariableReference(Form form, String name, int length) {

    private static final int MAX_NAME = 1000;

    enum Form {
        /** {@code :NAME}: the value, read again by the lexer. */
        PLAIN,
        /** {@code :'NAME'}: the value as a quoted literal. */
        LITERAL,
        /** {@code :"NAME"}: the value as a quoted identifier. */
        IDENTIFIER,
        /** {@code :{?NAME}}: TRUE or FALSE, whether it is set. */
        EXISTS
    }

    /** The reference starting at the next character (a colon), or null when there is none. */
    static VariableReference at(PeekingInput r) throws IOException {
        int second = r.peek(1);
        if (second == '\'' || second == '"') {
            int n = nameLength(r, 2);
            if (n > 0 && r.peek(2 + n) == second) {
                return new VariableReference(second == '\'' ? Form.LITERAL : Form.IDENTIFIER, name(r, 2, n), n + 3);
            }
            return null;
        }
        if (second == '{' && r.peek(2) == '?') {
            int n = nameLength(r, 3);
            if (n > 0 && r.peek(3 + n) == '}') {
                return new VariableReference(Form.EXISTS, name(r, 3, n), n + 4);
            }
            return null;
        }
        int n = nameLength(r, 1);
        return n > 0 ? new VariableReference(Form.PLAIN, name(r, 1, n), n + 1) : null;
    }

    /** What replaces the reference, or null when the variable is not set (the text stays as written). */
    String replacement(VariableLookup variables) {
        String value = variables.get(name);
        return switch (form) {
            case EXISTS -> value == null ? "FALSE" : "TRUE";
            case PLAIN -> value;
            case LITERAL -> value == null ? null : PsqlQuoting.literal(value);
            case IDENTIFIER -> value == null ? null : PsqlQuoting.identifier(value);
        };
    }

    /** Consumes the reference's bytes, returning them as written. */
    String consume(PeekingInput r) throws IOException {
        byte[] written = new byte[length];
        for (int i = 0; i < length; i++) {
            written[i] = (byte) r.read();
        }
        return new String(written, StandardCharsets.UTF_8);
    }

    private static int nameLength(PeekingInput r, int from) throws IOException {
        int n = 0;
        while (n < MAX_NAME && PsqlQuoting.isVariableChar(r.peek(from + n))) {
            n++;
        }
        return n;
    }

    private static String name(PeekingInput r, int from, int n) throws IOException {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.peek(from + i);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
