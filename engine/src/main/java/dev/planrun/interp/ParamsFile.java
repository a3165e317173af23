package dev.planrun.interp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.planrun.load.YamlErrors;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code --params-file}: a JSON ({@code .json}) or YAML object of names to scalars or
 * lists of scalars. Scalars keep the text as written ({@code 5.10} stays {@code 5.10}).
 */
final class ParamsFile {

    /** Jackson's words for a limit, e.g. {@code Number value length (2000) exceeds the maximum allowed (1000, ...}. */
    private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    /** Jackson quotes a word it cannot read: {@code Unrecognized token 'hunter2': ...}; it may be a secret. */
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '.*?'(?=: |$)");

    /** A value as written: {@code text} for a scalar (null for YAML null), or {@code items} for a list. */
    record Raw(String text, List<String> items, Position position) {
    }

    /** The values in file order, and what was wrong with the file. */
    record Content(Map<String, Raw> values, List<Problem> problems) {
    }

    private ParamsFile() {
    }

    static Content read(Path file) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        Map<String, Raw> values = new LinkedHashMap<>();
        String text = ParamsFileText.read(file, name, problems);
        if (text == null) {
            return new Content(values, problems);
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                parse(parser, name, json, values, problems);
            } catch (IOException | RuntimeException e) {
                problems.add(unreadable(name, text, json, e, parser.currentLocation()));
            }
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(name, 0, 0), "cannot read the params file"));
        }
        return new Content(values, problems);
    }

    private static void parse(JsonParser parser, String name, boolean json, Map<String, Raw> values,
                              List<Problem> problems) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add(Problem.error(Position.of(name, 1, 1), "params file is empty; expected "
                    + (json ? "a JSON object of parameter names to values" : "`name: value` lines")));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            problems.add(Problem.error(at(name, parser.currentTokenLocation()),
                    "a params file must be an object of parameter names to values"));
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position where = at(name, parser.currentTokenLocation());
            JsonToken token = parser.nextToken();
            Raw raw = value(parser, token, where, key, problems);
            if (values.containsKey(key)) {
                problems.add(Problem.error(where, "'" + key + "' is given twice (first at line "
                        + values.get(key).position().line() + "); keep one"));
            } else if (raw != null) {
                values.put(key, raw);
            }
        }
        if (parser.nextToken() != null) {
            problems.add(Problem.error(at(name, parser.currentTokenLocation()), "a params file holds one object,"
                    + " but another one starts here; remove the '---' line or split the file"));
        }
    }

    /** What the parser found, in a person's words, never a Java name nor a value (it may be a secret). */
    private static Problem unreadable(String name, String text, boolean json, Exception e, JsonLocation reached) {
        JsonLocation loc = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation() : reached;
        Position where = loc == null || loc.getLineNr() < 1 ? Position.of(name, 1, 1) : at(name, loc);
        if (e instanceof StreamConstraintsException limit) {
            Matcher m = LIMIT.matcher(String.valueOf(limit.getOriginalMessage()));
            return Problem.error(where, "params file holds more than planrun reads: " + (m.find()
                    ? m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2) + ", limit " + m.group(3) : "a value too large"));
        }
        if (!json) {
            Problem p = YamlErrors.toProblem(name, text, e);
            return Problem.error(p.position(), "params file is not valid YAML: " + p.message().replaceFirst("^invalid YAML: ", ""));
        }
        String message = e instanceof JsonProcessingException j ? String.valueOf(j.getOriginalMessage()) : "unreadable";
        message = message.lines().findFirst().orElse("unreadable");
        message = TOKEN.matcher(message).replaceAll("a word that is not a JSON value (texts are written in double quotes)")
                .replaceAll(" \\(start marker at .*", "").replace("end-of-input", "end of the file");
        return Problem.error(where, "params file is not valid JSON: " + message);
    }

    private static Raw value(JsonParser parser, JsonToken token, Position where, String key, List<Problem> problems)
            throws IOException {
        if (alias(parser)) {
            problems.add(Problem.error(where, "'" + key + "': a YAML alias (*" + parser.getText() + ") is not read in a"
                    + " params file (as in plans); write the value itself"));
            return null;
        }
        if (token == JsonToken.VALUE_NULL) {
            return new Raw(null, null, where);
        }
        if (token.isScalarValue()) {
            return new Raw(parser.getText(), null, where);
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            boolean plain = true;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (alias(parser)) {
                    problems.add(Problem.error(where, "'" + key + "': a YAML alias (*" + parser.getText() + ") is not read"
                            + " in a params file (as in plans); write the value itself"));
                    return null;
                }
                if (t.isScalarValue()) {
                    items.add(t == JsonToken.VALUE_NULL ? "" : parser.getText());
                } else {
                    plain = false;
                    parser.skipChildren();
                }
            }
            if (!plain) {
                problems.add(Problem.error(where, "'" + key + "': a list may hold only plain values"));
                return null;
            }
            return new Raw(null, items, where);
        }
        problems.add(Problem.error(where, "'" + key + "': expected a value or a list, not an object"));
        parser.skipChildren();
        return null;
    }

    private static boolean alias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private static Position at(String file, JsonLocation location) {
        return Position.of(file, location.getLineNr(), location.getColumnNr());
    }
}
