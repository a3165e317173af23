package dev.planrun.exec.manual;

import dev.planrun.exec.ConfirmationUnavailableException;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.ManualStep;
import java.time.Instant;

/**
 * Runs {@code manual} steps: shows the instructions and asks the step context's
 * {@link Confirmer}. Confirmed, the step is done and its summary records when; declined, it
 * fails; with nobody to ask, it stops the run with {@link ConfirmationUnavailableException}.
 */
public final class ManualStepExecutor implements StepExecutor<ManualStep> {

    @Override
    public Class<ManualStep> stepType() {
        return ManualStep.class;
    }

    @Override
    public StepPreview preview(ManualStep step, StepContext context) {
        return StepPreview.of("a person does: " + step.displayName() + " (apply waits for confirmation)",
                step.instructions().lines().map(line -> "| " + context.masker().mask(line)).toList());
    }

    @Override
    public StepOutcome apply(ManualStep step, StepContext context) throws StepFailedException {
        String instructions = context.masker().mask(step.instructions());
        instructions.lines().forEach(context::output);
        Confirmer.Answer answer = context.confirmer().confirm(step.displayName(), instructions);
        if (answer == Confirmer.Answer.CONFIRMED) {
            return StepOutcome.done("confirmed by the operator at " + Instant.now(context.clock()));
        }
        if (answer == Confirmer.Answer.DECLINED) {
            throw new StepFailedException("declined by the operator");
        }
        throw new ConfirmationUnavailableException(step.displayName());
    }

    @Override
    public boolean hasAutoRollback() {
        return false;
    }

    /** Asking again is always safe: the person confirms what is done. */
    @Override
    public ResumeSafety resumeSafety(ManualStep step, StepContext context) {
        return ResumeSafety.safe("a manual step is confirmed again by the operator");
    }
}
