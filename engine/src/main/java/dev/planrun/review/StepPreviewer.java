package dev.planrun.review;

import dev.planrun.exec.StepPreview;
import dev.planrun.model.Step;

/**
 * What a resolved step will do, found without changing anything. The executors' own previews
 * plug in here; {@link FieldPreviewer} describes a step from its fields alone.
 */
@FunctionalInterface
public interface StepPreviewer {

    /** @param resolved the step with every {@code ${...}} replaced (secrets included: the review masks) */
    StepPreview preview(Step resolved);
}
