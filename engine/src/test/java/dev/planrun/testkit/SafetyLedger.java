package dev.planrun.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the safety evidence (how many plans, steps, kill points, failure points,
 * malformed inputs a test class really exercised), written by the tests as they pass into
 * {@code target/safety/NAME.json} at the repository's root. {@code bench/safety.sh} renders them
 * into {@code docs/safety.md}; nothing reads them during the tests.
 */
public final class SafetyLedger {

    private SafetyLedger() {
    }

    /** The repository's root: the nearest directory upwards holding {@code .ci/run}. */
    static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(".ci/run"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the planrun repository: " + Path.of("").toAbsolutePath());
    }

    /**
     * Records what one piece of evidence covered.
     *
     * @param name    e.g. {@code bad-input-plans}
     * @param title   one line saying what was shown, for the summary
     * @param figures names and counts, alternately, in the order they are shown
     */
    public static void record(String name, String title, Object... figures) {
        Map<String, Number> counts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < figures.length; i += 2) {
            counts.put((String) figures[i], (Number) figures[i + 1]);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("title", title);
        entry.put("recorded", Instant.now().toString());
        entry.put("figures", counts);
        try {
            Path dir = Files.createDirectories(repository().resolve("target/safety"));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
