package dev.planrun.sql;

import dev.planrun.model.Position;

/**
 * Why a script stopped: the server's error (or planrun's, e.g. an included file that cannot be
 * read) and where in which file it happened.
 *
 * @param position  file (an included file for errors inside {@code \i}), line and column
 * @param sqlState  SQLSTATE, e.g. {@code 42P01}; null when the error is not the server's
 * @param message   the primary message
 * @param detail    the server's DETAIL, or null
 * @param hint      the server's HINT, or null
 * @param context   the server's CONTEXT (e.g. the PL/pgSQL line that raised), or null
 * @param statement the start of the failing statement, on one line, or null
 */
public record ScriptError(Position position, String sqlState, String message, String detail, String hint,
                         String context, String statement) {

    /** {@code file:line:column: ERROR 42P01: message}, then DETAIL, HINT, CONTEXT lines when present. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(position).append(": ERROR");
        if (sqlState != null) {
            b.append(' ').append(sqlState);
        }
        b.append(": ").append(message);
        append(b, "DETAIL", detail);
        append(b, "HINT", hint);
        append(b, "CONTEXT", context);
        append(b, "STATEMENT", statement);
        return b.toString();
    }

    private static void append(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append('\n').append(label).append(": ").append(value);
        }
    }
}
