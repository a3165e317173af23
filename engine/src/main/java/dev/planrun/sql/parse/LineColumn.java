package dev.planrun.sql.parse;

/**
 * A place in a script: 1-based line and column. Columns count characters (code points), as
 * PostgreSQL counts error positions.
 */
public record LineColumn(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
