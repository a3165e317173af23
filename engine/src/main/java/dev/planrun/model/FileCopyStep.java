package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Copies, moves, links or extracts files. {@code stripComponents} (extract only) drops that many
 * leading names from every path in the archive, as {@code tar --strip-components} does.
 */
public record FileCopyStep(
        @jakarta.validation.Valid StepCommon common,
        @NotBlank(message = "a file-copy step needs 'from'") String from,
        @NotBlank(message = "a file-copy step needs 'to'") String to,
        @NotNull Mode mode,
        @NotNull Overwrite overwrite,
        boolean preserve,
        @jakarta.validation.constraints.PositiveOrZero(message = "'strip-components' cannot be negative") int stripComponents)
        implements Step {

    /** An extract that keeps the archive's paths whole. */
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
