package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;

/** Something a person does; apply shows the instructions and waits for confirmation. */
public record ManualStep(
        @jakarta.validation.Valid StepCommon common,
        @NotBlank(message = "a manual step needs instructions") String instructions) implements Step {

    @Override
    public String type() {
        return "manual";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new ManualStep(c, instructions);
    }
}
