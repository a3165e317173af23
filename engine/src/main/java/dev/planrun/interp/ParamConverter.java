package dev.planrun.interp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a value as written (text, or items of a list) into a param's typed value: a String in
 * canonical form ({@code int}: digits, {@code bool}: {@code true}/{@code false}, {@code path}:
 * absolute when a base directory is given) or a List of Strings ({@code list}).
 */
final class ParamConverter {

    private final YAMLFactory yaml = new YAMLFactory();

    /** A typed value, or why the text is not one (never echoing a secret). */
    record Converted(Object value, String error) {
        static Converted ok(Object value) {
            return new Converted(value, null);
        }

        static Converted error(String error) {
            return new Converted(null, error);
        }

        boolean failed() {
            return error != null;
        }
    }

    /**
     * @param text  a scalar as written (null: an explicit null, read as empty)
     * @param items a list as written, or null when the value is a scalar
     * @param base  relative {@code path} values are made absolute against it; null: kept as written
     */
    Converted convert(ParamSpec spec, String text, List<String> items, Path base) {
        if (spec.type() == ParamType.LIST) {
            Converted list = items != null ? Converted.ok(List.copyOf(items)) : list(text == null ? "" : text);
            return list.failed() ? list : choices(spec, list.value());
        }
        if (items != null) {
            return Converted.error("expected a single value, got a list");
        }
        String value = text == null ? "" : text.trim();
        Converted typed = switch (spec.type()) {
            case INT -> integer(value);
            case BOOL -> bool(value);
            case PATH -> Converted.ok(value.isEmpty() || base == null ? value : base.resolve(value).toString());
            default -> Converted.ok(text == null ? "" : text);
        };
        return typed.failed() ? typed : choices(spec, typed.value());
    }

    private static Converted integer(String value) {
        try {
            return Converted.ok(Long.toString(Long.parseLong(value.startsWith("+") ? value.substring(1) : value)));
        } catch (NumberFormatException e) {
            return Converted.error("expected a whole number, got " + shown(value));
        }
    }

    private static Converted bool(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("yes")) {
            return Converted.ok("true");
        }
        if (lower.equals("false") || lower.equals("no")) {
            return Converted.ok("false");
        }
        return Converted.error("expected true or false, got " + shown(value));
    }

    /**
     * A list written as text: YAML flow {@code [a, "b,c"]} when it starts with {@code [}, else
     * comma-separated items, each trimmed; blank text is an empty list.
     */
    Converted list(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return Converted.ok(List.of());
        }
        if (!trimmed.startsWith("[")) {
            return Converted.ok(Arrays.stream(trimmed.split(",", -1)).map(String::trim).filter(s -> !s.isEmpty())
                    .toList());
        }
        try (JsonParser parser = yaml.createParser(trimmed)) {
            List<String> items = new ArrayList<>();
            parser.nextToken();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null || !t.isScalarValue()) {
                    return Converted.error("expected a list of plain values like [a, b]");
                }
                items.add(t == JsonToken.VALUE_NULL ? "" : parser.getText());
            }
            if (parser.nextToken() != null) {
                return Converted.error("unexpected text after the list's closing ']'");
            }
            return Converted.ok(List.copyOf(items));
        } catch (IOException e) {
            return Converted.error("expected a list like [a, b]: " + firstLine(e.getMessage()));
        }
    }

    /** A value as an error quotes it: on one line, and cut short when long. */
    private static String shown(String value) {
        String one = value.replace("\n", "\\n");
        return one.length() <= 60 ? "'" + one + "'" : "'" + one.substring(0, 60) + "...' (" + value.length() + " characters)";
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private static Converted choices(ParamSpec spec, Object value) {
        if (spec.choices().isEmpty()) {
            return Converted.ok(value);
        }
        List<String> values = value instanceof List<?> l ? Scope.asList(l) : List.of((String) value);
        for (String v : values) {
            if (!spec.choices().contains(v)) {
                return Converted.error("expected one of " + String.join(", ", spec.choices()) + ", got "
                        + (spec.secret() ? "'" + Masker.MASK + "'" : shown(v)));
            }
        }
        return Converted.ok(value);
    }
}
