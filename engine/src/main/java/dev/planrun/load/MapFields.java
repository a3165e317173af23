package dev.planrun.load;

import dev.planrun.load.YamlNode.Entry;
import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import dev.planrun.model.Position;
import dev.planrun.problem.DidYouMean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed reads of one mapping of a plan file ("the plan", "step 'stop'", ...). A value of the wrong
 * shape is reported with its position and what was expected, and read as absent, so binding
 * carries on and every problem of the file is found in one pass.
 */
final class MapFields {

    /** Keys with this prefix are the user's own annotations, allowed in every mapping. */
    static final String EXTENSION_PREFIX = "x-";

    private final Mapping map;
    private final String where;
    private final Problems problems;
    /** The position of the record these fields go into (see {@link Unloaded#field}). */
    private final Position owner;
    /** Keys an unknown key was taken for: not reported again as missing. */
    private final java.util.Set<String> suggested = new java.util.HashSet<>();

    MapFields(Mapping map, String where, Problems problems) {
        this(map, where, problems, map.position());
    }

    /** @param owner the position of the record the fields go into, when it is not the mapping's own */
    MapFields(Mapping map, String where, Problems problems, Position owner) {
        this.map = map;
        this.where = where;
        this.problems = problems;
        this.owner = owner;
    }

    /** Records that the field under {@code key} was reported, so that validation does not judge it again. */
    void failed(String key) {
        problems.unloaded().recordField(owner, key);
    }

    String where() {
        return where;
    }

    Position position() {
        return map.position();
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    YamlNode node(String key) {
        Entry e = map.entries().get(key);
        return e == null ? null : e.value();
    }

    /** Reports a required key that is absent, at the mapping's position. */
    void missing(String key, String what) {
        failed(key);
        if (suggested.contains(key)) {
            return;
        }
        problems.error(map.position(), "missing required key '" + key + "' in " + where + " (" + what + ")");
    }

    /** Reports a value that does not have the expected shape. */
    void expected(String key, YamlNode node, String what) {
        expected(key, node, what, "");
    }

    /** As {@link #expected(String, YamlNode, String)}, with a hint after what was found ({@code "; write ..."}). */
    void expected(String key, YamlNode node, String what, String hint) {
        failed(key);
        problems.error(node.position(), "'" + key + "' in " + where + ": expected " + what + ", got " + node.describe() + hint);
    }

    void error(String key, String message) {
        failed(key);
        YamlNode n = node(key);
        problems.error(n == null ? map.position() : n.position(), "'" + key + "' in " + where + ": " + message);
    }

    /** A scalar as text (numbers and booleans as written); null when absent or not a scalar. */
    String text(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && !s.isNull()) {
            return s.text();
        }
        expected(key, n, "a string");
        return null;
    }

    String requiredText(String key, String what) {
        if (!has(key)) {
            missing(key, what);
            return null;
        }
        return text(key);
    }

    boolean flag(String key, boolean absent) {
        YamlNode n = node(key);
        if (n == null) {
            return absent;
        }
        if (n instanceof Scalar s && s.isBoolean()) {
            return s.kind() == YamlNode.Kind.TRUE;
        }
        expected(key, n, "true or false");
        return absent;
    }

    Integer integer(String key) {
        YamlNode n = node(key);
        Integer value = n == null ? null : integer(n, "'" + key + "' in " + where);
        if (n != null && value == null) {
            failed(key);
        }
        return value;
    }

    Integer integer(YamlNode n, String label) {
        if (n instanceof Scalar s && s.kind() == YamlNode.Kind.INT) {
            try {
                return Integer.valueOf(s.text());
            } catch (NumberFormatException e) {
                // 0x1F, 1_000, or out of range: fall through to the message
            }
        }
        problems.error(n.position(), label + ": expected a whole number, got " + n.describe());
        return null;
    }

    /** A list of scalars as text; null when absent or of the wrong shape. */
    List<String> texts(String key, String items) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Sequence seq)) {
            String hint = n instanceof Scalar s && !s.isNull() ? "; write " + key + ": [" + s.text() + "]" : "";
            expected(key, n, "a list of " + items, hint);
            return null;
        }
        List<String> out = new ArrayList<>(seq.items().size());
        boolean ok = true;
        for (YamlNode item : seq.items()) {
            if (item instanceof Scalar s && !s.isNull()) {
                out.add(s.text());
            } else {
                problems.error(item.position(), "'" + key + "' in " + where + ": expected a list of " + items
                        + ", but an item is " + item.describe());
                failed(key);
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** A mapping of names to scalar values (env, vars), in the order written. */
    Map<String, String> textMap(String key) {
        MapFields m = mapping(key, "'" + key + "' of " + where);
        if (m == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : m.map.entries().values()) {
            if (e.value() instanceof Scalar s && !s.isNull()) {
                out.put(e.key(), s.text());
            } else {
                problems.error(e.value().position(), "'" + e.key() + "' in " + m.where
                        + ": expected a string, got " + e.value().describe());
                failed(key);
            }
        }
        return out;
    }

    /** A word of a closed set (enum constants written lower-case with '-' for '_'). */
    <E extends Enum<E>> E word(String key, Class<E> type, E absent) {
        YamlNode n = node(key);
        if (n == null) {
            return absent;
        }
        List<String> words = Arrays.stream(type.getEnumConstants()).map(MapFields::word).toList();
        if (n instanceof Scalar s && !s.isNull()) {
            String w = s.isBoolean() ? String.valueOf(s.kind() == YamlNode.Kind.TRUE) : s.text();
            for (E constant : type.getEnumConstants()) {
                if (word(constant).equals(w)) {
                    return constant;
                }
            }
            problems.error(n.position(), "'" + key + "' in " + where + ": expected one of " + String.join(", ", words)
                    + ", got '" + s.text() + "'" + DidYouMean.hint(s.text(), words));
            failed(key);
            return absent;
        }
        expected(key, n, "one of " + String.join(", ", words));
        return absent;
    }

    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The text of a scalar holding a {@code ${...}} reference, resolved at run time; null otherwise. */
    String reference(String key) {
        YamlNode n = node(key);
        return n instanceof Scalar s && !s.isNull() && s.text().contains("${") ? s.text() : null;
    }

    Duration duration(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && !s.isNull()) {
            var d = DurationText.parse(s.text());
            if (d.isPresent()) {
                return d.get();
            }
            problems.error(n.position(), "'" + key + "' in " + where + ": expected " + DurationText.EXAMPLES
                    + ", got '" + s.text() + "'");
            failed(key);
            return null;
        }
        expected(key, n, DurationText.EXAMPLES);
        return null;
    }

    /** A nested mapping; null when absent or not a mapping (reported). */
    MapFields mapping(String key, String subWhere) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Mapping m) {
            return new MapFields(m, subWhere, problems);
        }
        expected(key, n, "a mapping");
        return null;
    }

    /**
     * A nested mapping whose fields belong to this mapping's record (the {@code sql:} of a sql
     * check); null when absent or not a mapping (reported).
     */
    MapFields part(String key, String subWhere) {
        MapFields m = mapping(key, subWhere);
        return m == null ? null : new MapFields(m.map, subWhere, problems, owner);
    }

    /** Entries of a mapping whose keys are names the user chose (params, connections). */
    Collection<Entry> entries() {
        return map.entries().values();
    }

    /** Like {@link #entries()} without the {@code x-} annotations. */
    List<Entry> namedEntries() {
        return map.entries().values().stream().filter(e -> !e.key().startsWith(EXTENSION_PREFIX)).toList();
    }

    /** True when an unknown key was taken for {@code key} (so its absence is already explained). */
    boolean suggested(String key) {
        return suggested.contains(key);
    }

    /**
     * Reports every key that is neither allowed nor an {@code x-} key, with the closest allowed
     * key as a suggestion, or what the key is when {@code elsewhere} knows it.
     */
    void rejectUnknown(Collection<String> allowed, Function<String, String> elsewhere) {
        for (Entry e : map.entries().values()) {
            String key = e.key();
            if (allowed.contains(key) || key.startsWith(EXTENSION_PREFIX)) {
                continue;
            }
            String known = elsewhere.apply(key);
            var suggestion = DidYouMean.closest(key, allowed);
            suggestion.ifPresent(s -> {
                suggested.add(s);
                failed(s);
            });
            String hint = known != null ? " (" + known + ")" : suggestion
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse(" (allowed: " + String.join(", ", allowed) + ", or x-... for your own notes)");
            problems.error(e.keyPosition(), "unknown key '" + key + "' in " + where + hint);
        }
    }

    void rejectUnknown(Collection<String> allowed) {
        rejectUnknown(allowed, k -> null);
    }

    /** The {@code x-} keys as plain values (see {@link Extensions}). */
    Map<String, Object> extensions() {
        return Extensions.of(map);
    }
}
