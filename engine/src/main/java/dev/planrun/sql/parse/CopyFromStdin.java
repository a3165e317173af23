package dev.planrun.sql.parse;

import java.io.Reader;

/**
 * A {@code COPY ... FROM STDIN} statement and its data block (the lines after it, up to a line
 * {@code \.}, which is not part of the data). The data is streamed from the script: read it before
 * asking the parser for the next item (whatever is left unread is skipped).
 */
public record CopyFromStdin(SqlStatement statement, Reader data) implements ScriptItem {

    @Override
    public LineColumn start() {
        return statement.start();
    }
}
