package dev.planrun.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.events.RunEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal back into events. */
public final class JournalReader {

    private final ObjectMapper json = JournalJson.mapper();

    /**
     * The journal's events in order. A last line cut short (the process was killed while writing
     * it) is left out: it was never forced to disk, so no action followed it.
     *
     * A run killed before its journal got its first line has none (no file, or an empty one).
     *
     * @throws IOException when the file cannot be read or a line before the last is not an event
     */
    public List<RunEvent> read(Path journal) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(journal)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        List<RunEvent> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            try {
                events.add(json.readValue(lines.get(i), RunEvent.class));
            } catch (JsonProcessingException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new IOException(journal + ":" + (i + 1) + ": not a journal event: " + e.getOriginalMessage(), e);
            }
        }
        return events;
    }
}
