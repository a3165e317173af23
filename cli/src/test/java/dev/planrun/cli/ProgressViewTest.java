package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.events.RunEvent;
import dev.planrun.testkit.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressViewTest {

    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static RunEvent.StepStarted started(String step, int index) {
        return new RunEvent.StepStarted("t", step, index, 3, "shell", step, "sha", 1, "steps/0" + index + "-" + step);
    }

    @Test
    void withoutATerminalEveryEventIsAPlainLine() {
        StringWriter text = new StringWriter();
        try (ProgressView view = new ProgressView(new PrintWriter(text), false, clock, 80)) {
            view.runStarted(new RunEvent.RunStarted("t", "r1", "plan-a", null, null, "s", "d", null, java.util.Map.of(),
                    List.of(), java.util.Map.of(), List.of("a", "b", "c"), "STOP", "h", 1));
            view.stepStarted(started("a", 1));
            view.output(new RunEvent.StepOutput("t", "a", "Stopping server ******"));
            view.stepSucceeded(new RunEvent.StepSucceeded("t", "a", "exit code 0", 12_000));
            view.stepSkipped(new RunEvent.StepSkipped("t", "b", "when does not hold: x"));
            view.stepStarted(started("c", 3));
            view.stepFailed(new RunEvent.StepFailed("t", "c", "exited with code 2", 5, false, false));
        }
        assertThat(text.toString()).isEqualTo("""
                planrun: run r1 of plan-a (3 steps)
                [1/3] a: started
                    | Stopping server ******
                  ✓ [1/3] a (12s): exit code 0
                  - b: skipped: when does not hold: x
                [3/3] c: started
                  ✗ c: failed: exited with code 2
                """);
    }

    @Test
    void onATerminalALiveLineIsRedrawnAndClearedWhenTheStepEnds() {
        StringWriter text = new StringWriter();
        try (ProgressView view = new ProgressView(new PrintWriter(text), true, clock, 40)) {
            view.stepStarted(started("stop-server", 2));
            view.output(new RunEvent.StepOutput("t", "stop-server", "a rather long line of output that will not fit"));
            view.stepSucceeded(new RunEvent.StepSucceeded("t", "stop-server", "done", 1000));
        }
        String out = text.toString();
        assertThat(out).startsWith("\r\033[2Kstep 2/3  stop-server  0s  ");
        assertThat(out).contains("\r\033[2Kstep 2/3  stop-server  0s  a rather lo…");
        assertThat(out).endsWith("\r\033[2K  ✓ [2/3] stop-server (1s): done\n");
        for (String line : out.split("\r\033\\[2K")) {
            assertThat(line.strip().length()).isLessThanOrEqualTo(39);
        }
    }

    @Test
    void countsOfStepsAreWrittenInWords() {
        StringWriter text = new StringWriter();
        try (ProgressView view = new ProgressView(new PrintWriter(text), false, clock, 80)) {
            view.runStarted(new RunEvent.RunStarted("t", "r1", "plan-a", null, null, "s", "d", null, java.util.Map.of(),
                    List.of(), java.util.Map.of(), List.of("a"), "STOP", "h", 1));
            view.runResumed(new RunEvent.RunResumed("t", "r1", List.of("a"), List.of(), 1));
        }
        assertThat(text.toString()).isEqualTo("""
                planrun: run r1 of plan-a (1 step)
                planrun: resuming run r1 (1 step already done)
                """);
    }

    private static RunEvent.StepProgress progress(long statements, long bytes) {
        return new RunEvent.StepProgress("t", "db", statements, "statements", bytes, 5_200_000);
    }

    @Test
    void withoutATerminalProgressIsAPlainLineEveryTenSecondsAtMost() {
        StringWriter text = new StringWriter();
        ManualClock moving = new ManualClock();
        try (ProgressView view = new ProgressView(new PrintWriter(text), false, moving, 80)) {
            view.stepStarted(started("db", 2));
            for (int second = 1; second <= 25; second++) {
                moving.advance(java.time.Duration.ofSeconds(1));
                for (int i = 0; i < 4; i++) {
                    view.progress(progress(second * 1000L + i, second * 200_000L));
                }
            }
            view.stepSucceeded(new RunEvent.StepSucceeded("t", "db", "25,003 statements", 25_000));
        }
        assertThat(text.toString()).isEqualTo("""
                [2/3] db: started
                  … db: 10,000 statements, 38% of 5.2 MB
                  … db: 20,000 statements, 76% of 5.2 MB
                  ✓ [2/3] db (25s): 25,003 statements
                """);
    }

    @Test
    void onATerminalProgressIsPartOfTheLiveLine() {
        StringWriter text = new StringWriter();
        try (ProgressView view = new ProgressView(new PrintWriter(text), true, clock, 100)) {
            view.stepStarted(started("db", 2));
            view.progress(progress(12_345, 2_132_000));
            view.output(new RunEvent.StepOutput("t", "db", "NOTICE: creating index"));
        }
        assertThat(text.toString())
                .contains("\r\033[2Kstep 2/3  db  0s  12,345 statements, 41% of 5.2 MB  \r")
                .contains("\r\033[2Kstep 2/3  db  0s  12,345 statements, 41% of 5.2 MB  NOTICE: creating index");
    }

    @Test
    void sizesAreWrittenInDecimalUnits() {
        assertThat(ProgressText.size(1)).isEqualTo("1 byte");
        assertThat(ProgressText.size(812)).isEqualTo("812 bytes");
        assertThat(ProgressText.size(5_200_000)).isEqualTo("5.2 MB");
        assertThat(ProgressText.size(999_999)).isEqualTo("1.0 MB");
        assertThat(ProgressText.size(104_857_600)).isEqualTo("104.9 MB");
        assertThat(ProgressText.size(3_000_000_000L)).isEqualTo("3.0 GB");
        assertThat(ProgressText.of(new RunEvent.StepProgress("t", "s", 7, "statements", 0, 0))).isEqualTo("7 statements");
    }
}
