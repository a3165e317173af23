package dev.planrun.rehearsal;

import dev.planrun.interp.Masker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The state a plan touches, in named parts ({@code files /opt/app}, {@code packages of ...},
 * {@code database main}), each a sorted map of item to value. Parts named {@code sequences ...}
 * are told, not counted: PostgreSQL never rolls a sequence back, not even in an aborted
 * transaction.
 */
public record StateSnapshot(Map<String, SortedMap<String, String>> parts) {

    /** The prefix of parts whose changes are notes rather than differences. */
    static final String SEQUENCES = "sequences of ";

    public StateSnapshot {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** How this state and {@code start} compare. */
    public record Comparison(List<String> differences, List<String> notes) {

        public boolean equal() {
            return differences.isEmpty();
        }
    }

    /**
     * Every item that differs from {@code start}, one line each ({@code files /x: a/b: added}),
     * values masked; at most {@code limit} lines per part, then a count of the rest.
     */
    public Comparison compareWith(StateSnapshot start, Masker masker, int limit) {
        List<String> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        var names = new TreeSet<>(start.parts.keySet());
        names.addAll(parts.keySet());
        for (String part : names) {
            List<String> lines = changes(start.parts.getOrDefault(part, Collections.emptySortedMap()),
                    parts.getOrDefault(part, Collections.emptySortedMap()));
            List<String> into = part.startsWith(SEQUENCES) ? notes : differences;
            lines.stream().limit(limit).forEach(l -> into.add(masker.mask(part + ": " + l)));
            if (lines.size() > limit) {
                into.add(part + ": and " + (lines.size() - limit) + " more");
            }
        }
        return new Comparison(List.copyOf(differences), List.copyOf(notes));
    }

    private static List<String> changes(SortedMap<String, String> before, SortedMap<String, String> after) {
        List<String> out = new ArrayList<>();
        var items = new TreeSet<>(before.keySet());
        items.addAll(after.keySet());
        for (String item : items) {
            String was = before.get(item);
            String now = after.get(item);
            if (was == null) {
                out.add(label(item) + "added" + value(now));
            } else if (now == null) {
                out.add(label(item) + "removed" + value(was));
            } else if (!was.equals(now)) {
                out.add(label(item) + was + " at the start, " + now + " after the rollback");
            }
        }
        return out;
    }

    private static String label(String item) {
        return item.isEmpty() ? "" : item + ": ";
    }

    private static String value(String v) {
        return v == null || v.isEmpty() ? "" : " (" + v + ")";
    }
}
