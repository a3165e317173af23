package dev.planrun.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.planrun.load.YamlNode.Entry;
import dev.planrun.load.YamlNode.Kind;
import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams one YAML document into a {@link YamlNode} tree with positions, reporting what the
 * YAML parser lets through but a plan must not have: duplicate keys, aliases, a second document,
 * nesting deeper than a plan ever needs.
 */
final class YamlTreeReader {

    private final YAMLFactory factory;
    private final int maxDepth;

    YamlTreeReader(YAMLFactory factory, int maxDepth) {
        this.factory = factory;
        this.maxDepth = maxDepth;
    }

    /** The root node, or null when the text is not readable YAML (the problems say why). */
    YamlNode read(String file, String text, List<Problem> problems) {
        try (JsonParser parser = factory.createParser(text)) {
            Document doc = new Document(file, (YAMLParser) parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.error(Position.of(file, 1, 1),
                        "the plan file is empty; a plan starts with `planrun: 1`"));
                return null;
            }
            YamlNode root = doc.node(first, 1);
            JsonToken next = parser.nextToken();
            if (next != null) {
                problems.add(Problem.error(doc.here(),
                        "a plan file holds one YAML document, but a second one starts here; remove the '---' line or split the file"));
                return null;
            }
            return root;
        } catch (Refused e) {
            problems.add(e.problem);
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(YamlErrors.toProblem(file, text, e));
            return null;
        }
    }

    /** The parser of one text and where its positions point. */
    private final class Document {
        private final String file;
        private final YAMLParser parser;
        private final List<Problem> problems;

        Document(String file, YAMLParser parser, List<Problem> problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        Position here() {
            JsonLocation l = parser.currentTokenLocation();
            return Position.of(file, l.getLineNr(), l.getColumnNr());
        }

        YamlNode node(JsonToken token, int depth) throws IOException {
            Position at = here();
            if (depth > maxDepth) {
                throw new Refused(Problem.error(at, "the YAML is nested more than " + maxDepth
                        + " levels deep here; a plan needs far fewer"));
            }
            if (token == JsonToken.START_OBJECT) {
                return mapping(at, depth);
            }
            if (token == JsonToken.START_ARRAY) {
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(t, depth + 1));
                }
                return new Sequence(at, items);
            }
            if (parser.isCurrentAlias()) {
                throw aliasRefused(at, parser.getText());
            }
            return new Scalar(at, token == JsonToken.VALUE_NULL ? "" : parser.getText(), kind(token));
        }

        private Mapping mapping(Position at, int depth) throws IOException {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Position keyAt = here();
                String key = parser.currentName();
                if (parser.isCurrentAlias()) {
                    throw aliasRefused(keyAt, key);
                }
                YamlNode value = node(parser.nextToken(), depth + 1);
                Entry first = entries.get(key);
                if (first != null) {
                    problems.add(Problem.error(keyAt, "duplicate key '" + key + "' (first at "
                            + first.keyPosition().line() + ":" + first.keyPosition().column() + ")"));
                } else {
                    entries.put(key, new Entry(key, keyAt, value));
                }
            }
            return new Mapping(at, entries);
        }

        private Kind kind(JsonToken token) {
            switch (token) {
                case VALUE_NULL:
                    return Kind.NULL;
                case VALUE_TRUE:
                    return Kind.TRUE;
                case VALUE_FALSE:
                    return Kind.FALSE;
                case VALUE_NUMBER_INT:
                    return Kind.INT;
                case VALUE_NUMBER_FLOAT:
                    return Kind.FLOAT;
                default:
                    return Kind.STRING;
            }
        }
    }

    /**
     * Aliases stop the reading: expanding them is how alias bombs blow up, and a plan written
     * out in full is easier to review anyway.
     */
    private static Refused aliasRefused(Position at, String anchor) {
        return new Refused(Problem.error(at, "YAML aliases (*" + anchor
                + ") are not supported in plan files; write the value out"));
    }

    /** Input read no further (too deep, an alias): stop at once rather than recurse on. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
