package dev.planrun.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the chain of hops from one version to another: the fewest hops, each going forward in
 * version order. Where several plans connect the same two versions (variants, such as the two
 * OMERO 5.3 to 5.4 plans), each hop lists all of them; a caller picks one.
 */
public final class HopPath {

    private HopPath() {
    }

    /**
     * @return the hops in order, each with its alternatives (declaration order); empty when no
     *         chain connects the versions
     */
    public static Optional<List<List<CatalogEntry>>> find(List<CatalogEntry> entries, String from, String to) {
        Map<String, List<CatalogEntry>> byFrom = new HashMap<>();
        for (CatalogEntry e : entries) {
            if (VersionOrder.INSTANCE.compare(e.to(), e.from()) > 0) {
                byFrom.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, CatalogEntry> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        reachedBy.put(from, null);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            if (v.equals(to)) {
                break;
            }
            List<CatalogEntry> out = new ArrayList<>(byFrom.getOrDefault(v, List.of()));
            // prefer the smallest step forward, so ties in hop count follow version order
            out.sort(Comparator.comparing(CatalogEntry::to, VersionOrder.INSTANCE));
            for (CatalogEntry e : out) {
                if (!reachedBy.containsKey(e.to()) && VersionOrder.INSTANCE.compare(e.to(), to) <= 0) {
                    reachedBy.put(e.to(), e);
                    queue.add(e.to());
                }
            }
        }
        if (!reachedBy.containsKey(to) || from.equals(to)) {
            return Optional.empty();
        }
        List<List<CatalogEntry>> hops = new ArrayList<>();
        for (String v = to; !v.equals(from); ) {
            CatalogEntry e = reachedBy.get(v);
            hops.add(alternatives(byFrom.get(e.from()), e.from(), e.to()));
            v = e.from();
        }
        Collections.reverse(hops);
        return Optional.of(hops);
    }

    private static List<CatalogEntry> alternatives(List<CatalogEntry> fromHere, String from, String to) {
        return fromHere.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).toList();
    }
}
