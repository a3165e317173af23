package dev.planrun.sql.script;

import dev.planrun.sql.parse.LineColumn;
import dev.planrun.sql.parse.SqlStatement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where bad COPY data is: the server's context {@code COPY t, line 3, ...} counts data lines. */
public final class CopyDataLine {

    private static final Pattern COPY_LINE = Pattern.compile("^COPY [^\\n]*?, line (\\d+)");

    private CopyDataLine() {
    }

    /** The script line of the data line the context names, for a {@code COPY ... FROM stdin}. */
    public static Optional<LineColumn> locate(SqlStatement copy, String context) {
        if (context == null || !copy.traits().copyFromStdin()) {
            return Optional.empty();
        }
        Matcher m = COPY_LINE.matcher(context);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new LineColumn(copy.end().line() + Integer.parseInt(m.group(1)), 1));
    }
}
