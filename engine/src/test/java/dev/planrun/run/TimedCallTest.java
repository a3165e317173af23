package dev.planrun.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.model.Step;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedCallTest {

    private static Step step(Duration timeout) {
        Step s = TestPlans.shell("slow", List.of("say"));
        return TestPlans.with(s, m -> {
            m.timeout = timeout;
            return m;
        });
    }

    @Test
    void aStepWithoutTimeoutRunsOnTheCallersThread() throws StepFailedException {
        Thread caller = Thread.currentThread();
        try (TimedCall timed = new TimedCall()) {
            StepOutcome o = timed.call(step(null), () -> StepOutcome.done(Thread.currentThread() == caller ? "same" : "other"));
            assertThat(o.summary()).isEqualTo("same");
        }
    }

    @Test
    void aStepPastItsTimeoutIsInterruptedAndFails() {
        try (TimedCall timed = new TimedCall(Duration.ofMillis(20), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> timed.call(step(Duration.ofMillis(100)), () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new StepFailedException("interrupted");
                }
                return StepOutcome.done("never");
            })).isInstanceOf(StepFailedException.class).isNotInstanceOf(TimedCall.StillRunningException.class)
                    .hasMessage("timed out after 100ms");
        }
    }

    @Test
    void aStepThatWillNotStopIsReportedAsStillRunning() {
        try (TimedCall timed = new TimedCall(Duration.ofMillis(10), Duration.ofMillis(100))) {
            assertThatThrownBy(() -> timed.call(step(Duration.ofMillis(50)), () -> {
                long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // ignores interrupts, as a blocked driver call would
                }
                return StepOutcome.done("late");
            })).isInstanceOf(TimedCall.StillRunningException.class).hasMessageContaining("may still be running");
        }
    }

    @Test
    void anExecutorsBugFailsTheStepInsteadOfTheRun() {
        try (TimedCall timed = new TimedCall()) {
            assertThatThrownBy(() -> timed.call(step(null), () -> {
                throw new IllegalStateException("oops");
            })).isInstanceOf(StepFailedException.class).hasMessage("unexpected error: java.lang.IllegalStateException: oops");
        }
    }
}
