package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Copies, moves, links or extracts files. */
public record FileCopyStep(
        @jakarta.validation.Valid StepCommon common,
        @NotBlank(message = "a file-copy step needs 'from'") String from,
        @NotBlank(message = "a file-copy step needs 'to'") String to,
        @NotNull Mode mode,
        @NotNull Overwrite overwrite,
        boolean preserve,
        @PositiveOrZero(message = "must be 0 or more") int stripComponents) implements Step {

    /** Without {@code strip-components} (0: an archive's entries are extracted under their own names). */
    public FileCopyStep(StepCommon common, String from, String to, Mode mode, Overwrite overwrite, boolean preserve) {
        this(common, from, to, mode, overwrite, preserve, 0);
    }

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
        return new FileCopyStep(c, from, to, mode, overwrite, preserve, stripComponents);
    }
}
