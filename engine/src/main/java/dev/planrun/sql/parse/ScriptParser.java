package dev.planrun.sql.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a PostgreSQL script (UTF-8) item by item, as psql would run it, holding only the current
 * item in memory. Meta-commands are returned, not performed: the caller applies {@code \set} to the
 * {@link VariableLookup} it gave, so later references see the new value.
 *
 * <pre>{@code
 * try (ScriptParser parser = new ScriptParser(inputStream, variables, true)) {
 *     for (ScriptItem item; (item = parser.next()) != null; ) { ... }
 * }
 * }</pre>
 */
public final class ScriptParser implements Closeable {

    private final InputStream source;
    private final PeekingInput r;
    private final StatementScanner statements;
    private final MetaCommandScanner metaCommands;
    private StatementBuilder pending;
    private CopyDataStream openCopy;
    private byte[] afterCopy;
    private LineColumn afterCopyAt;

    /**
     * @param input                     the script, UTF-8
     * @param variables                 psql variables, looked up as references are met
     * @param standardConformingStrings the server setting (on since PostgreSQL 9.1): when off,
     *                                  backslash escapes in every string
     */
    public ScriptParser(InputStream input, VariableLookup variables, boolean standardConformingStrings) {
        this.source = input;
        this.r = new PeekingInput(input);
        this.statements = new StatementScanner(r, variables, standardConformingStrings);
        this.metaCommands = new MetaCommandScanner(r, variables);
    }

    /** A parser of {@code script} text (for tests and inline scripts). */
    public static ScriptParser of(String script, VariableLookup variables) {
        return new ScriptParser(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), variables, true);
    }

    /**
     * The next item, or null at the end of the script.
     *
     * @throws NotUtf8Exception when a statement or meta-command is not UTF-8 (COPY data is sent as
     *                          it is: the server checks it)
     */
    public ScriptItem next() throws IOException {
        finishCopy();
        StatementBuilder b = pending != null ? pending : new StatementBuilder();
        pending = null;
        while (true) {
            StatementScanner.Stop stop = statements.scan(b);
            if (stop == StatementScanner.Stop.BACKSLASH) {
                if (!b.isEmpty()) {
                    b.metaCommandLine();
                    pending = b;
                }
                return metaCommands.scan();
            }
            LineColumn end = r.position();
            boolean terminated = stop == StatementScanner.Stop.SEMICOLON;
            if (!b.hasTokens()) {
                if (!terminated) {
                    return null;
                }
                b = new StatementBuilder(); // an empty statement: psql sends nothing worth counting
                continue;
            }
            SqlStatement statement = b.build(terminated ? new LineColumn(end.line(), end.column() - 1) : end, terminated);
            if (terminated && statement.traits().copyFromStdin()) {
                return copy(statement);
            }
            return statement;
        }
    }

    /**
     * The data starts on the line after the statement; the rest of the statement's line is read
     * after the data, as psql reads it.
     */
    private CopyFromStdin copy(SqlStatement statement) throws IOException {
        LineColumn restAt = r.position();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        boolean blank = true;
        int c;
        while ((c = r.read()) >= 0 && c != '\n') {
            rest.write(c);
            blank &= c == ' ' || c == '\t' || c == '\r' || c == '\f';
        }
        if (!blank) {
            rest.write('\n');
            afterCopy = rest.toByteArray();
            afterCopyAt = restAt;
        }
        openCopy = new CopyDataStream(r);
        return new CopyFromStdin(statement, openCopy);
    }

    private void finishCopy() throws IOException {
        if (openCopy == null) {
            return;
        }
        openCopy.skipRest();
        openCopy = null;
        if (afterCopy != null) {
            r.pushBack(afterCopy, afterCopyAt);
            afterCopy = null;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
