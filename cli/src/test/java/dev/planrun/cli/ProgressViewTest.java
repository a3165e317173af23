package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.events.RunEvent;
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
}
