package dev.planrun.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.events.RunEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {

    @TempDir
    Path dir;

    private static RunEvent.RunStarted started() {
        return new RunEvent.RunStarted("2030-01-01T00:00:00Z", "20300101-000000-abcd", "omero-5.3-to-5.4", "Upgrade",
                "/plans/p.yaml", "aa", "bb", null, Map.of("db_name", "omero"), List.of("db_password"),
                Map.of("/x.sql", "cc"), List.of("precheck", "stop"), "STOP", "db1", 42);
    }

    @Test
    void writesOneJsonObjectPerLineNamedByEvent() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (RunJournal j = new RunJournal(file)) {
            started().sendTo(j);
            new RunEvent.StepStarted("t1", "precheck", 1, 2, "sql", "Precheck", "dd", 1, "steps/01-precheck/step.log")
                    .sendTo(j);
            new RunEvent.StepOutput("t2", "precheck", "a line").sendTo(j);
            new RunEvent.StepSucceeded("t3", "precheck", "ok", 12).sendTo(j);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("event").asText()).isEqualTo("run-started");
        assertThat(first.get("params").get("db_name").asText()).isEqualTo("omero");
        assertThat(first.get("secretParams").get(0).asText()).isEqualTo("db_password");
        assertThat(json.readTree(lines.get(1)).get("event").asText()).isEqualTo("step-started");
        assertThat(json.readTree(lines.get(2)).get("elapsedMillis").asLong()).isEqualTo(12);
        List<RunEvent> back = new JournalReader().read(file);
        assertThat(back).hasSize(3);
        assertThat(back.get(0)).isEqualTo(started());
        RunHistory h = RunHistory.of(back);
        assertThat(h.step("precheck").state()).isEqualTo(StepState.DONE);
        assertThat(h.step("stop").state()).isEqualTo(StepState.PENDING);
        assertThat(h.unfinished()).isTrue();
    }

    @Test
    void aLineCutShortByAKillIsIgnoredAndRemovedBeforeAppending() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (RunJournal j = new RunJournal(file)) {
            started().sendTo(j);
        }
        Files.writeString(file, "{\"event\":\"step-sta", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(new JournalReader().read(file)).hasSize(1);
        try (RunJournal j = new RunJournal(file)) {
            new RunEvent.StepSkipped("t", "precheck", "when does not hold").sendTo(j);
        }
        List<RunEvent> back = new JournalReader().read(file);
        assertThat(back).hasSize(2);
        assertThat(back.get(1)).isInstanceOf(RunEvent.StepSkipped.class);
    }

    @Test
    void aCorruptLineInTheMiddleIsAnError() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, "not json\n{\"event\":\"step-skipped\",\"time\":\"t\",\"step\":\"a\",\"reason\":\"r\"}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JournalReader().read(file))
                .isInstanceOf(IOException.class).hasMessageContaining("journal.jsonl:1: not a journal event");
    }
}
