package dev.planrun.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.interp.Masker;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StateSnapshotTest {

    private static StateSnapshot of(Map<String, Map<String, String>> parts) {
        Map<String, java.util.SortedMap<String, String>> sorted = new java.util.LinkedHashMap<>();
        parts.forEach((k, v) -> sorted.put(k, new TreeMap<>(v)));
        return new StateSnapshot(sorted);
    }

    @Test
    void namesEveryItemAddedRemovedOrChangedAndOnlyTellsSequences() {
        StateSnapshot start = of(Map.of("files /opt/app", Map.of("a", "sha256 1", "b", "sha256 2"),
                "sequences of database main", Map.of("s", "1")));
        StateSnapshot after = of(Map.of("files /opt/app", Map.of("a", "sha256 9", "c", "directory"),
                "sequences of database main", Map.of("s", "2")));

        StateSnapshot.Comparison c = after.compareWith(start, Masker.NONE, 20);

        assertThat(c.differences()).containsExactly("files /opt/app: a: sha256 1 at the start, sha256 9 after the rollback",
                "files /opt/app: b: removed (sha256 2)", "files /opt/app: c: added (directory)");
        assertThat(c.notes()).containsExactly("sequences of database main: s: 1 at the start, 2 after the rollback");
        assertThat(start.compareWith(start, Masker.NONE, 20).equal()).isTrue();
    }
}
