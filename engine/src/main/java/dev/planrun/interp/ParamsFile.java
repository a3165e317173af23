package dev.planrun.interp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code --params-file}: a JSON ({@code .json}) or YAML object of names to scalars or
 * lists of scalars. Scalars keep the text as written ({@code 5.10} stays {@code 5.10}).
 */
final class ParamsFile {

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
        if (Files.isDirectory(file)) {
            problems.add(Problem.error(Position.of(name, 0, 0), "params file is a directory, expected a JSON or YAML file"));
            return new Content(values, problems);
        }
        JsonFactory factory = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (JsonParser parser = factory.createParser(Files.newInputStream(file))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Content(values, problems); // an empty file gives no values
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(Problem.error(at(name, parser.currentTokenLocation()),
                        "a params file must be an object of parameter names to values"));
                return new Content(values, problems);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position where = at(name, parser.currentTokenLocation());
                JsonToken token = parser.nextToken();
                Raw raw = value(parser, token, where, key, problems);
                if (raw != null) {
                    values.put(key, raw);
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(Position.of(name, 0, 0), "params file not found"));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            problems.add(Problem.error(loc == null ? Position.of(name, 0, 0) : at(name, loc),
                    "params file is not valid " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + ": " + message));
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(name, 0, 0), "cannot read params file: " + e.getMessage()));
        }
        return new Content(values, problems);
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
