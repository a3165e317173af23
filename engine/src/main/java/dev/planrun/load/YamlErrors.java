package dev.planrun.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns what the YAML parser throws into a {@link Problem} a person can act on: the position of
 * the fault and a message without Java class names or parser internals.
 */
public final class YamlErrors {

    private static final Pattern EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\([^>]*\\)>");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private YamlErrors() {
    }

    /** The problem for what the parser threw while reading {@code text} (a plan, or a params file). */
    public static Problem toProblem(String file, String text, Throwable error) {
        ReaderException unreadable = find(error, ReaderException.class);
        if (unreadable != null) {
            return Problem.error(at(file, text, unreadable.getPosition()), String.format(
                    "the character U+%04X is not allowed in YAML; remove it or write it as an escape in a double-quoted string",
                    unreadable.getCodePoint()));
        }
        MarkedYAMLException marked = find(error, MarkedYAMLException.class);
        if (marked != null) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            Position at = mark == null ? Position.of(file, 1, 1)
                    : Position.of(file, mark.getLine() + 1, mark.getColumn() + 1);
            return Problem.error(at, humane(marked.getProblem(), marked.getContext(), marked.getContextMark()));
        }
        Position at = Position.of(file, 1, 1);
        String message = error.getMessage();
        if (error instanceof JsonProcessingException jpe) {
            JsonLocation l = jpe.getLocation();
            if (l != null && l.getLineNr() > 0) {
                at = Position.of(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
            }
            message = jpe.getOriginalMessage();
        }
        return Problem.error(at, humane(message, null, null));
    }

    /** The line and column of a character index of the text. */
    private static Position at(String file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.of(file, line, Math.max(1, index - lineStart + 1));
    }

    private static String humane(String problem, String context, Mark contextMark) {
        String p = problem == null ? "" : problem.strip();
        if (p.contains("\\t(TAB)") || p.contains("found character '\\t'") || p.contains("found character '\t'")) {
            return "a tab is used for indentation; YAML indents with spaces only";
        }
        Matcher start = CANNOT_START.matcher(p);
        if (start.find()) {
            return "the character '" + start.group(1) + "' cannot start a value here; quote the value";
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "a ':' where YAML does not allow one; quote a value that contains ': '";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "a line without ':' inside a mapping; every entry is `key: value`";
        }
        if (p.startsWith("found unexpected end of stream")) {
            return "the file ends inside a quoted string; a closing quote is missing"
                    + where(context, contextMark);
        }
        if (p.startsWith("Expected a field name")) {
            return "a mapping key must be a plain value, not " + words(p.substring(p.indexOf(':') + 1)).strip();
        }
        if (p.contains("exceeds the limit") && p.contains("code points")) {
            return "the plan file is too large to parse";
        }
        String text = words(p).replace("<stream end>", "the end of the file")
                .replace("<block end>", "the end of an indented block (check the indentation)");
        text = CLASS_NAME.matcher(text).replaceAll("");
        return "invalid YAML: " + text.replace('\n', ' ').strip() + where(context, contextMark);
    }

    private static String where(String context, Mark mark) {
        if (context == null || mark == null) {
            return "";
        }
        return " (" + context.strip() + " at " + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ")";
    }

    /** {@code <...SequenceStartEvent(...)>} -> {@code a list}. */
    private static String words(String text) {
        Matcher m = EVENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = switch (m.group(1)) {
                case "SequenceStart" -> "a list";
                case "MappingStart" -> "a mapping";
                case "Scalar" -> "a value";
                case "Alias" -> "an alias";
                default -> "something else";
            };
            m.appendReplacement(out, word);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
