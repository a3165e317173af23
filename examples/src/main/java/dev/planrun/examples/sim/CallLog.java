package dev.planrun.examples.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls the fake programs recorded: one JSON object per line,
 * {@code {"tool": "omero", "home": "/…/OMERO.server-5.6", "cwd": "/…", "argv": ["admin", "start"], "time": 1.7e9}}
 * ({@code tool} is omero, manage.py or systemctl; secrets given to {@code config set} are masked).
 */
public final class CallLog {

    /** One recorded call, made at {@code time}. */
    public record Call(String tool, String home, String cwd, List<String> argv, Instant time) {

        /** The arguments joined by spaces, e.g. {@code admin start}. */
        public String command() {
            return String.join(" ", argv);
        }
    }

    private CallLog() {
    }

    /** The calls in the order they were made; none when the log does not exist. */
    public static List<Call> read(Path log) throws IOException {
        List<Call> calls = new ArrayList<>();
        if (!Files.exists(log)) {
            return calls;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> argv = new ArrayList<>();
            n.path("argv").forEach(a -> argv.add(a.asText()));
            long micros = Math.round(n.path("time").asDouble() * 1e6);
            calls.add(new Call(n.path("tool").asText(), n.path("home").asText(), n.path("cwd").asText(), List.copyOf(argv),
                    Instant.EPOCH.plus(micros, ChronoUnit.MICROS)));
        }
        return calls;
    }
}
