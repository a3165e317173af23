package dev.planrun.sql.parse;

/**
 * How psql quotes a variable's value for {@code :'VAR'} and {@code :"VAR"} (libpq's
 * {@code PQescapeLiteral} and {@code PQescapeIdentifier}).
 */
final class PsqlQuoting {

    private PsqlQuoting() {
    }

    /** {@code 'it''s'}; with backslashes, {@code  E'a\\b'} (with the leading space libpq writes). */
    static String literal(String value) {
        boolean backslash = value.indexOf('\\') >= 0;
        StringBuilder out = new StringBuilder(value.length() + 4);
        if (backslash) {
            out.append(" E");
        }
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** {@code "a""b"}. */
    static String identifier(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Characters psql allows in variable names. */
    static boolean isVariableChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
    }
}
