package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Copies, moves, links or extracts files. */
public record FileCopyStep(
        @jakarta.validation.Valid StepCommon common,
        @NotBlank(message = "a file-copy step needs 'from'") String from,
        @NotBlank(message = "a file-copy step needs 'to'") String to,
        @NotNull Mode mode,
        @NotNull Overwrite overwrite,
        boolean preserve) implements Step {

    /** What the step does with {@code from}. */
    public enum Mode {
        COPY, MOVE, SYMLINK, EXTRACT
    }

    /** What happens when {@code to} exists. */
    public enum Overwrite {
        /** Fail. */
        FALSE,
        /** Replace (the old content is kept in the run directory for rollback). */
        TRUE,
        /** Rename the existing file to {@code NAME.bak-<run id>} first. */
        BACKUP
    }

    @Override
    public String type() {
        return "file-copy";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new FileCopyStep(c, from, to, mode, overwrite, preserve);
    }
}
