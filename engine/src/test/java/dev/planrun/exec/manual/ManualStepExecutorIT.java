package dev.planrun.exec.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.ConfirmationUnavailableException;
import dev.planrun.exec.Confirmer.Answer;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.ManualStep;
import dev.planrun.model.Rollback;
import dev.planrun.model.StepCommon;
import dev.planrun.testkit.StepHarness;
import dev.planrun.testkit.TestStepContext;
import dev.planrun.testkit.TestSteps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualStepExecutorIT {

    private static final String INSTRUCTIONS = "Log in as admin with password hunter2\nStart the summary-field migration.";

    @TempDir
    Path runs;
    @TempDir
    Path sandbox;

    private final ManualStep step = new ManualStep(titled("migrate", "Start the migration"), INSTRUCTIONS);

    @Test
    void preview_shows_the_instructions_masked() {
        StepHarness<ManualStep> harness = harness(List.of());
        StepPreview preview = harness.previewChangesNothing(step, harness.newContext(step).withSecrets("hunter2"));

        assertThat(preview.summary()).isEqualTo("a person does: Start the migration (apply waits for confirmation)");
        assertThat(preview.details()).containsExactly("| Log in as admin with password ******",
                "| Start the summary-field migration.");
    }

    @Test
    void a_confirmation_completes_the_step_and_is_recorded() throws Exception {
        StepHarness<ManualStep> harness = harness(List.of(Answer.CONFIRMED));
        TestStepContext context = harness.newContext(step);

        StepOutcome outcome = harness.apply(step, context);

        assertThat(outcome.skipped()).isFalse();
        assertThat(outcome.summary()).startsWith("confirmed by the operator at ");
        assertThat(context.asked()).containsExactly("Start the migration: " + INSTRUCTIONS);
        assertThat(context.lines()).containsExactly(INSTRUCTIONS.lines().toArray(String[]::new));
    }

    @Test
    void declining_fails_the_step() {
        StepHarness<ManualStep> harness = harness(List.of(Answer.DECLINED));

        assertThatThrownBy(() -> harness.apply(step)).isExactlyInstanceOf(StepFailedException.class)
                .hasMessage("declined by the operator");
    }

    @Test
    void with_nobody_to_ask_the_run_stops_with_its_own_exception() {
        StepHarness<ManualStep> harness = harness(List.of());

        assertThatThrownBy(() -> harness.apply(step)).isInstanceOf(ConfirmationUnavailableException.class)
                .hasMessageContaining("'Start the migration'").hasMessageContaining("planrun apply --resume --yes");
        assertThat(new ManualStepExecutor().resumeSafety(step, harness.lastContext()).safe()).isTrue();
    }

    private StepHarness<ManualStep> harness(List<Answer> answers) {
        return StepHarness.onTree(new ManualStepExecutor(), runs, sandbox)
                .configuringContexts(context -> context.answering(answers));
    }

    private static StepCommon titled(String id, String title) {
        StepCommon c = TestSteps.common(id, null, Rollback.UNDECLARED);
        return new StepCommon(c.id(), title, null, null, null, null, null, c.rollback(), false, null, null, null, null,
                c.position());
    }
}
