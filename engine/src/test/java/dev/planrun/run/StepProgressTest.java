package dev.planrun.run;

import static dev.planrun.run.TestPlans.plan;
import static dev.planrun.run.TestPlans.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.events.RunEvent;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.testkit.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an executor reports of its progress reaches the listeners a few times a second, not the journal. */
class StepProgressTest {

    @TempDir
    Path dir;

    @Test
    void progressIsReportedAtMostFourTimesASecondAndNeverJournaled() throws IOException {
        EngineFixture e = new EngineFixture(dir);
        ManualClock clock = new ManualClock();
        e.clock = clock;
        e.executors.betweenProgress = () -> clock.advance(Duration.ofMillis(100));
        Plan p = plan(dir, List.of(shell("load", List.of("progress", "10"))), List.of(), List.of(), OnFailure.STOP);

        RunResult r = e.apply(p);

        assertThat(r.status()).isEqualTo(RunStatus.DONE);
        List<RunEvent.StepProgress> progress = e.events.stream()
                .filter(RunEvent.StepProgress.class::isInstance).map(RunEvent.StepProgress.class::cast).toList();
        // updates every 100 ms: the first passes, then one each 250 ms or more
        assertThat(progress).extracting(RunEvent.StepProgress::done).containsExactly(1L, 4L, 7L, 10L);
        assertThat(progress.get(1)).isEqualTo(new RunEvent.StepProgress("2030-01-01T00:00:00.300Z", "load", 4,
                "statements", 4000, 10000));
        assertThat(Files.readString(r.runDir().resolve("journal.jsonl"))).doesNotContain("\"event\":\"progress\"");
        assertThat(Files.readString(r.runDir().resolve("steps/01-load/step.log"))).doesNotContain("statements");
    }
}
