package dev.planrun.journal;

import java.nio.file.Path;

/**
 * Where things are in a run directory:
 * <pre>
 * &lt;state&gt;/runs/&lt;plan-id&gt;/&lt;run-id&gt;/
 *     journal.jsonl
 *     steps/&lt;nn&gt;-&lt;step-id&gt;/step.log     (and the executor's undo records)
 *     report.md, report.json
 * </pre>
 */
public record RunLayout(Path runDir, String runId) {

    public static final String JOURNAL = "journal.jsonl";

    public Path journal() {
        return runDir.resolve(JOURNAL);
    }

    /** A step's own directory; {@code index} is its 1-based position in the run order. */
    public Path stepDir(int index, String stepId) {
        return runDir.resolve(stepDirName(index, stepId));
    }

    /** The step directory relative to the run directory, e.g. {@code steps/03-stop-server}. */
    public static String stepDirName(int index, String stepId) {
        return "steps/" + String.format("%02d", index) + "-" + stepId;
    }

    /** The step log relative to the run directory. */
    public static String stepLogName(int index, String stepId) {
        return stepDirName(index, stepId) + "/step.log";
    }

    public Path reportMarkdown() {
        return runDir.resolve("report.md");
    }

    public Path reportJson() {
        return runDir.resolve("report.json");
    }
}
