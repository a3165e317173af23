package dev.planrun.sql.parse;

import java.io.IOException;

/**
 * Lexes SQL text into a {@link StatementBuilder} until the statement ends, psql's way: a
 * {@code ;} outside quotes, comments, parentheses and {@code BEGIN ATOMIC} bodies.
 */
final class StatementScanner {

    /** Why scanning stopped. */
    enum Stop {
        /** A terminating {@code ;} (consumed). */
        SEMICOLON,
        /** A backslash starting a meta-command (not consumed). */
        BACKSLASH,
        /** The end of the script. */
        END
    }

    private final PeekingInput r;
    private final VariableLookup variables;
    private final QuotedTextScanner quoted;

    StatementScanner(PeekingInput r, VariableLookup variables, boolean standardConformingStrings) {
        this.r = r;
        this.variables = variables;
        this.quoted = new QuotedTextScanner(r, standardConformingStrings);
    }

    Stop scan(StatementBuilder b) throws IOException {
        while (true) {
            int c = r.peek();
            if (c < 0) {
                return Stop.END;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                whitespace(b);
            } else if (c == '-' && r.peek(1) == '-') {
                quoted.lineComment(b.isEmpty() ? null : b);
            } else if (c == '/' && r.peek(1) == '*') {
                quoted.blockComment(b);
            } else if (c == '\'') {
                b.token(r.position());
                quoted.string(b, false);
            } else if (c == '"') {
                b.token(r.position());
                quoted.identifier(b);
            } else if (c == '$' && quoted.dollarTagLength() > 0) {
                b.token(r.position());
                quoted.dollarBody(b);
            } else if (isIdentStart(c)) {
                word(b);
            } else if (c >= '0' && c <= '9') {
                b.token(r.position());
                while (isIdentCont(r.peek()) || r.peek() == '.') {
                    b.take(r);
                }
            } else if (c == ';' && b.atTopLevel()) {
                r.read();
                return Stop.SEMICOLON;
            } else if (c == '\\') {
                int next = r.peek(1);
                if (next != ';' && next != ':') {
                    return Stop.BACKSLASH;
                }
                r.read(); // psql's \; and \: put the bare character in the statement
                b.token(r.position());
                b.take(r);
            } else if (c == ':') {
                colon(b);
            } else {
                b.token(r.position());
                if (c == '(') {
                    b.openParen();
                } else if (c == ')') {
                    b.closeParen();
                }
                b.take(r);
            }
        }
    }

    private void whitespace(StatementBuilder b) throws IOException {
        if (b.isEmpty()) {
            r.read();
        } else {
            b.take(r);
        }
    }

    /** An identifier or keyword, or a string prefix: {@code E'...'}, {@code U&'...'}. */
    private void word(StatementBuilder b) throws IOException {
        b.token(r.position());
        int first = r.peek();
        int second = r.peek(1);
        if ((first == 'e' || first == 'E') && second == '\'') {
            b.take(r);
            quoted.string(b, true);
            return;
        }
        if ((first == 'u' || first == 'U') && second == '&' && (r.peek(2) == '\'' || r.peek(2) == '"')) {
            b.take(r);
            b.take(r);
            if (r.peek() == '\'') {
                quoted.string(b, false);
            } else {
                quoted.identifier(b);
            }
            return;
        }
        StringBuilder word = new StringBuilder();
        while (isIdentCont(r.peek())) {
            if (word.length() < 64) {
                word.append((char) r.peek());
            }
            b.take(r);
        }
        b.word(word.toString());
    }

    /** A typecast, a variable reference, or just a colon. */
    private void colon(StatementBuilder b) throws IOException {
        b.token(r.position());
        if (r.peek(1) == ':') {
            b.take(r);
            b.take(r);
            return;
        }
        VariableReference ref = VariableReference.at(r);
        if (ref == null) {
            b.take(r);
            return;
        }
        String value = ref.replacement(variables);
        if (value == null || (ref.form() == VariableReference.Form.PLAIN && r.expanding(ref.name()))) {
            for (int i = 0; i < ref.length(); i++) {
                b.take(r);
            }
            return;
        }
        LineColumn at = r.position();
        ref.consume(r);
        if (ref.form() == VariableReference.Form.PLAIN) {
            r.pushSubstitution(ref.name(), value.getBytes(java.nio.charset.StandardCharsets.UTF_8), at);
        } else {
            b.appendSubstituted(value, at);
        }
    }

    static boolean isIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentCont(int c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }
}
