package dev.planrun.exec;

import java.nio.file.Path;
import java.util.List;

/**
 * A dry-run description of one step.
 *
 * @param summary  one line: what the step will do, e.g. {@code run bin/omero admin stop}
 * @param details  further lines: resolved command, file, sha256, statement count, old -> new values
 * @param warnings things the reviewer should know (a file missing now, a package that will be removed)
 * @param inputs   files the step reads, with their digests (reviewed plans check them again)
 */
public record StepPreview(String summary, List<String> details, List<String> warnings, List<FileDigest> inputs) {

    public StepPreview {
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
        inputs = List.copyOf(inputs);
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
