package dev.planrun.reviewed;

import dev.planrun.model.FileCopyStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** The files a plan reads: each sql step's script and each file-copy source (files, trees, archives). */
public final class PlanInputs {

    private PlanInputs() {
    }

    /** The file a resolved step reads, if it reads one (a symlink step only points at its source). */
    public static Optional<String> of(Step resolved) {
        if (resolved instanceof SqlStep q && q.file() != null) {
            return Optional.of(q.file());
        }
        if (resolved instanceof FileCopyStep f && f.mode() != FileCopyStep.Mode.SYMLINK) {
            return Optional.of(f.from());
        }
        return Optional.empty();
    }

    /**
     * The sha256 of a regular file, or of a directory tree ({@link Digests#sha256Tree}); null when
     * there is nothing there (a path an earlier step creates) or it cannot be read.
     */
    public static String digest(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Digests.sha256(path);
            }
            return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? Digests.sha256Tree(path) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
