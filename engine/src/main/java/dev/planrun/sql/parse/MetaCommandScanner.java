package dev.planrun.sql.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private final PeekingInput r;
    private final VariableLookup variables;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private boolean shell;
    private LineColumn start;

    MetaCommandScanner(PeekingInput r, VariableLookup variables) {
        this.r = r;
        this.variables = variables;
    }

    MetaCommand scan() throws IOException {
        start = r.position();
        r.read();
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        while (r.peek() >= 0 && !isSpace(r.peek()) && r.peek() != '\n' && r.peek() != '\\') {
            name.write(r.read());
        }
        String command = decode(name);
        written.reset();
        shell = false;
        List<String> arguments = new ArrayList<>();
        if (WITH_ARGUMENTS.contains(command)) {
            String argument;
            while ((argument = argument()) != null) {
                arguments.add(argument);
            }
        } else {
            while (r.peek() >= 0 && r.peek() != '\n') {
                written.write(r.read());
            }
        }
        if (r.peek() == '\\' && r.peek(1) == '\\') {
            r.read();
            r.read();
        }
        return new MetaCommand(command, arguments, decode(written).strip(), start, shell);
    }

    /** The next argument, or null when the command ends. */
    private String argument() throws IOException {
        while (isSpace(r.peek())) {
            written.write(r.read());
        }
        if (ends(r.peek())) {
            return null;
        }
        ByteArrayOutputStream arg = new ByteArrayOutputStream();
        int c;
        while (!ends(c = r.peek()) && !isSpace(c)) {
            if (c == '\'') {
                singleQuoted(arg);
            } else if (c == '"' || c == '`') {
                shell |= c == '`';
                verbatim(arg, c);
            } else if (c == ':' && variable(arg)) {
                continue;
            } else {
                arg.write(read());
            }
        }
        return decode(arg);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean ends(int c) {
        return c < 0 || c == '\n' || c == '\\';
    }

    private int read() throws IOException {
        int c = r.read();
        written.write(c);
        return c;
    }

    /** {@code '...'}: {@code ''} is a quote; {@code \n \t \b \r \f}, octal and {@code \x} hex escapes. */
    private void singleQuoted(ByteArrayOutputStream arg) throws IOException {
        read();
        while (r.peek() >= 0 && r.peek() != '\n') {
            int c = read();
            if (c == '\'') {
                if (r.peek() != '\'') {
                    return;
                }
                arg.write(read());
            } else if (c == '\\' && r.peek() >= 0 && r.peek() != '\n') {
                arg.write(escape(read()));
            } else {
                arg.write(c);
            }
        }
    }

    private int escape(int c) throws IOException {
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'b': return '\b';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'x': return digits(16, 2, 0);
            default:
                if (c >= '0' && c <= '7') {
                    return digits(8, 2, c - '0');
                }
                return c;
        }
    }

    private int digits(int radix, int max, int value) throws IOException {
        for (int i = 0; i < max && Character.digit(r.peek(), radix) >= 0; i++) {
            value = value * radix + Character.digit(read(), radix);
        }
        return value & 0xFF;
    }

    /** {@code "..."} and {@code `...`}: kept as written, quotes included. */
    private void verbatim(ByteArrayOutputStream arg, int quote) throws IOException {
        arg.write(read());
        while (r.peek() >= 0 && r.peek() != '\n') {
            int c = read();
            arg.write(c);
            if (c == quote) {
                return;
            }
        }
    }

    /** A variable reference at a colon; false when there is none (the colon is plain text). */
    private boolean variable(ByteArrayOutputStream arg) throws IOException {
        VariableReference ref = VariableReference.at(r);
        if (ref == null) {
            return false;
        }
        String text = ref.consume(r);
        written.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        String value = ref.replacement(variables);
        arg.writeBytes((value == null ? text : value).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private String decode(ByteArrayOutputStream bytes) throws NotUtf8Exception {
        return Utf8.decode(bytes.toByteArray(), bytes.size(), start);
    }
}
