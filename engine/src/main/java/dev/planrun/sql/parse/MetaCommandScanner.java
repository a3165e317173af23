package dev.planrun.sql.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lexes a psql meta-command at its backslash: the name, then arguments psql's way (whitespace
 * separates them; {@code '...'} with {@code ''} and backslash escapes; {@code "..."} kept as
 * written; {@code :VAR}, {@code :'VAR'}, {@code :"VAR"} substituted). The command ends at the end
 * of the line, at {@code \\}, or where another backslash command starts.
 */
final class MetaCommandScanner {

    /** Commands whose arguments planrun reads; the rest of any other command's line is skipped. */
    private static final Set<String> WITH_ARGUMENTS = Set.of(
            "set", "unset", "i", "include", "ir", "include_relative", "echo", "qecho", "timing", "q", "quit");

    private final PeekingReader r;
    private final VariableLookup variables;
    private final StringBuilder written = new StringBuilder();
    private boolean shell;

    MetaCommandScanner(PeekingReader r, VariableLookup variables) {
        this.r = r;
        this.variables = variables;
    }

    MetaCommand scan() throws IOException {
        LineColumn start = r.position();
        r.read();
        StringBuilder name = new StringBuilder();
        while (r.peek() >= 0 && !Character.isWhitespace(r.peek()) && r.peek() != '\\') {
            name.append((char) r.read());
        }
        written.setLength(0);
        shell = false;
        List<String> arguments = new ArrayList<>();
        if (WITH_ARGUMENTS.contains(name.toString())) {
            String argument;
            while ((argument = argument()) != null) {
                arguments.add(argument);
            }
        } else {
            while (r.peek() >= 0 && r.peek() != '\n') {
                written.append((char) r.read());
            }
        }
        if (r.peek() == '\\' && r.peek(1) == '\\') {
            r.read();
            r.read();
        }
        return new MetaCommand(name.toString(), arguments, written.toString().strip(), start, shell);
    }

    /** The next argument, or null when the command ends. */
    private String argument() throws IOException {
        while (r.peek() == ' ' || r.peek() == '\t' || r.peek() == '\r' || r.peek() == '\f') {
            written.append((char) r.read());
        }
        if (ends(r.peek())) {
            return null;
        }
        StringBuilder arg = new StringBuilder();
        int c;
        while (!ends(c = r.peek()) && !Character.isWhitespace(c)) {
            if (c == '\'') {
                singleQuoted(arg);
            } else if (c == '"' || c == '`') {
                shell |= c == '`';
                verbatim(arg, (char) c);
            } else if (c == ':' && variable(arg)) {
                continue;
            } else {
                arg.append(read());
            }
        }
        return arg.toString();
    }

    private static boolean ends(int c) {
        return c < 0 || c == '\n' || c == '\\';
    }

    private char read() throws IOException {
        char c = (char) r.read();
        written.append(c);
        return c;
    }

    /** {@code '...'}: {@code ''} is a quote; {@code \n \t \b \r \f}, octal and {@code \x} hex escapes. */
    private void singleQuoted(StringBuilder arg) throws IOException {
        read();
        while (r.peek() >= 0 && r.peek() != '\n') {
            char c = read();
            if (c == '\'') {
                if (r.peek() != '\'') {
                    return;
                }
                arg.append(read());
            } else if (c == '\\' && r.peek() >= 0 && r.peek() != '\n') {
                arg.append(escape(read()));
            } else {
                arg.append(c);
            }
        }
    }

    private char escape(char c) throws IOException {
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'b': return '\b';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'x': return (char) digits(16, 2, 0);
            default:
                if (c >= '0' && c <= '7') {
                    return (char) digits(8, 2, c - '0');
                }
                return c;
        }
    }

    private int digits(int radix, int max, int value) throws IOException {
        for (int i = 0; i < max && Character.digit(r.peek(), radix) >= 0; i++) {
            value = value * radix + Character.digit(read(), radix);
        }
        return value;
    }

    /** {@code "..."} and {@code `...`}: kept as written, quotes included. */
    private void verbatim(StringBuilder arg, char quote) throws IOException {
        arg.append(read());
        while (r.peek() >= 0 && r.peek() != '\n') {
            char c = read();
            arg.append(c);
            if (c == quote) {
                return;
            }
        }
    }

    /** A variable reference at a colon; false when there is none (the colon is plain text). */
    private boolean variable(StringBuilder arg) throws IOException {
        VariableReference ref = VariableReference.at(r);
        if (ref == null) {
            return false;
        }
        String text = ref.consume(r);
        written.append(text);
        String value = ref.replacement(variables);
        arg.append(value == null ? text : value);
        return true;
    }
}
