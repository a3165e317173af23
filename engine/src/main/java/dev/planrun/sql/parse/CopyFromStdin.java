package dev.planrun.sql.parse;

import java.io.InputStream;

/**
 * A {@code COPY ... FROM STDIN} statement and its data block: the bytes of the lines after it, up
 * to a line {@code \.} (which is not part of the data), as written. The data is streamed from the
 * script: read it before asking the parser for the next item (whatever is left unread is skipped).
 */
public record CopyFromStdin(SqlStatement statement, InputStream data) implements ScriptItem {

    @Override
    public LineColumn start() {
        return statement.start();
    }
}
