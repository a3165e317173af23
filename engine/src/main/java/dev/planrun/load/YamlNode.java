package dev.planrun.load;

import dev.planrun.model.Position;
import java.util.List;
import java.util.Map;

/** The located tree a plan file is read into before it is bound to the model. */
sealed interface YamlNode {

    Position position();

    /** What this node is, for "expected ..., got ..." messages. */
    String describe();

    /** A mapping; entries in the order written. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping with the position of the key itself. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    /** A list. */
    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar as written (numbers and booleans keep their text: {@code 5.10} stays {@code 5.10}). */
    record Scalar(Position position, String text, Kind kind) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case TRUE, FALSE -> "a boolean (" + text + ")";
                case INT, FLOAT -> "a number (" + text + ")";
                case STRING -> "a string";
            };
        }

        boolean isNull() {
            return kind == Kind.NULL;
        }

        boolean isBoolean() {
            return kind == Kind.TRUE || kind == Kind.FALSE;
        }
    }

    /** How YAML resolved a plain scalar; quoted scalars are always strings. */
    enum Kind {
        STRING, INT, FLOAT, TRUE, FALSE, NULL
    }
}
