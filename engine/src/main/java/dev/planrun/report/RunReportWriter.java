package dev.planrun.report;

import dev.planrun.journal.PrivateFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import dev.planrun.journal.JournalReader;
import dev.planrun.journal.RunLayout;
import dev.planrun.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes {@code report.md} and {@code report.json} when a run (or a rollback of it) ends. It reads
 * the whole journal back, so a resumed run's report covers every attempt; it must therefore come
 * after the journal among the listeners.
 */
public final class RunReportWriter implements RunListener {

    private final RunLayout layout;
    private final Plan plan;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunReportWriter(RunLayout layout, Plan plan) {
        this.layout = layout;
        this.plan = plan;
    }

    @Override
    public void runFinished(RunEvent.RunFinished e) {
        try {
            RunSummary summary = RunSummaries.of(plan, layout, new JournalReader().read(layout.journal()), false);
            Files.writeString(PrivateFiles.file(layout.reportJson()), json.writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
            Files.writeString(PrivateFiles.file(layout.reportMarkdown()), SummaryMarkdown.render(summary), StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the run report: " + x.getMessage(), x);
        }
    }
}
