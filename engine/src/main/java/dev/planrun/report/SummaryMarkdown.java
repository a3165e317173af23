package dev.planrun.report;

import dev.planrun.events.CheckRecord;
import java.util.List;
import java.util.Map;

/** A run summary as a markdown document, ready to attach to a change ticket. */
public final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    public static String render(RunSummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# planrun run ").append(s.runId()).append(": ")
                .append(s.planTitle() == null ? s.planId() : s.planTitle()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Plan", s.planId() + (s.planFile() == null ? "" : " (`" + s.planFile() + "`)"));
        row(md, "Plan sha256", "`" + s.planSha256() + "`");
        if (s.reviewedSha256() != null) {
            row(md, "Reviewed file sha256", "`" + s.reviewedSha256() + "` (the change ticket's review)");
        }
        row(md, "Status", s.status() + (s.exitCode() == null ? "" : " (exit " + s.exitCode() + ")"));
        row(md, "Started", s.startedAt());
        row(md, "Finished", s.finishedAt() == null ? "-" : s.finishedAt());
        row(md, "Run directory", "`" + s.runDir() + "`");
        if (s.message() != null) {
            row(md, "Result", s.message());
        }
        md.append("\n## Parameters\n\n");
        for (Map.Entry<String, Object> p : s.params().entrySet()) {
            md.append("- `").append(p.getKey()).append("`: ").append(cell(String.valueOf(p.getValue()))).append('\n');
        }
        for (String secret : s.secretParams()) {
            md.append("- `").append(secret).append("`: ****** (secret)\n");
        }
        if (!s.preconditions().isEmpty()) {
            md.append("\n## Plan preconditions\n\n");
            for (CheckRecord c : s.preconditions()) {
                md.append("- ").append(c.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(": ")
                        .append(cell(c.explanation())).append('\n');
            }
        }
        md.append("\n## Steps\n\n| # | Step | Type | State | Started | Finished | Detail | Log |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (RunSummary.StepRow r : s.steps()) {
            String state = r.state() + (r.rollback() == null || "rolled back".equals(r.state()) ? ""
                    : " (rollback: " + r.rollback() + ")");
            md.append("| ").append(r.index()).append(" | ").append(cell(r.id()))
                    .append(r.title().equals(r.id()) ? "" : " - " + cell(r.title())).append(" | ")
                    .append(r.type() == null ? "" : r.type()).append(" | ").append(state).append(" | ")
                    .append(dash(r.startedAt())).append(" | ").append(dash(r.finishedAt())).append(" | ")
                    .append(cell(detail(r))).append(" | ")
                    .append(r.logFile() == null ? "" : "`" + r.logFile() + "`").append(" |\n");
        }
        List<String> left = s.leftOver();
        if (!left.isEmpty()) {
            md.append("\n## Left for a person\n\n");
            left.forEach(id -> md.append("- ").append(id).append('\n'));
        }
        return md.toString();
    }

    private static String detail(RunSummary.StepRow r) {
        String d = r.detail() == null ? "" : r.detail();
        return r.rollbackDetail() == null ? d : d + (d.isEmpty() ? "" : "; ") + "rollback: " + r.rollbackDetail();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
