package dev.planrun.sql.psql;

/**
 * One message psql wrote to stderr, e.g.
 * {@code psql:up.sql:12: ERROR:  42P01: relation "x" does not exist} with its DETAIL, HINT,
 * CONTEXT and {@code LINE n:} lines.
 *
 * @param file       the file psql names (as psql was given it), or null for psql's own messages
 * @param line       the line psql was reading (where the failing statement ended), or 0
 * @param severity   ERROR, NOTICE, WARNING, ... ({@code error} for psql's own errors)
 * @param lineNumber n of {@code LINE n:} (line within the statement), or 0
 * @param lineText   the statement line psql showed, possibly cut with {@code ...}
 * @param caret      the column of {@code ^} under it, counted within the text after {@code LINE n: }, or -1
 */
record PsqlMessage(String file, int line, String severity, String sqlState, String message, String detail,
                   String hint, String context, int lineNumber, String lineText, int caret) {

    boolean isError() {
        return severity.equals("ERROR") || severity.equals("FATAL") || severity.equals("PANIC")
                || severity.equals("error");
    }
}
