package dev.planrun.exec;

import dev.planrun.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * A dry-run description of one step.
 *
 * @param summary  one line: what the step will do, e.g. {@code run bin/omero admin stop}
 * @param details  further lines: resolved command, file, sha256, statement count, old -> new values
 * @param warnings things the reviewer should know (a file missing now, a package that will be removed)
 * @param inputs   files the step reads, with their digests (reviewed plans check them again)
 * @param errors   what stops the step from running as written (a script with an unsupported
 *                 psql meta-command), with the place in its input: the review is then unusable
 */
public record StepPreview(String summary, List<String> details, List<String> warnings, List<FileDigest> inputs,
                          List<Problem> errors) {

    public StepPreview {
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
        inputs = List.copyOf(inputs);
        errors = List.copyOf(errors);
    }

    /** A preview that found nothing stopping the step. */
    public StepPreview(String summary, List<String> details, List<String> warnings, List<FileDigest> inputs) {
        this(summary, details, warnings, inputs, List.of());
    }

    public static StepPreview of(String summary, List<String> details) {
        return new StepPreview(summary, details, List.of(), List.of());
    }

    /**
     * A file the step reads and its sha256 at preview time.
     *
     * @param sha256 null when the file does not exist (yet)
     */
    public record FileDigest(Path path, String sha256, long size) {
    }
}
