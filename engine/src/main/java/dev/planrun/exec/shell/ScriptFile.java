package dev.planrun.exec.shell;

import dev.planrun.model.ShellStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The argv of a shell step. A script goes to {@code bash -c}; one too long for a single argument
 * (Linux caps one argument at 128 KiB) goes through a temporary file readable only by its owner,
 * outside the run directory because a resolved script may hold a secret, and deleted afterwards.
 */
final class ScriptFile implements AutoCloseable {

    private static final int MAX_INLINE = 64 * 1024;

    private final List<String> argv;
    private final Path file;

    private ScriptFile(List<String> argv, Path file) {
        this.argv = argv;
        this.file = file;
    }

    static ScriptFile forStep(ShellStep step) throws IOException {
        if (step.run() != null) {
            return new ScriptFile(step.run(), null);
        }
        if (step.script().length() <= MAX_INLINE) {
            return new ScriptFile(List.of("bash", "-euo", "pipefail", "-c", step.script(), step.id()), null);
        }
        Path file = Files.createTempFile("planrun-" + step.id() + "-", ".sh",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, step.script(), StandardCharsets.UTF_8);
        return new ScriptFile(List.of("bash", "-euo", "pipefail", file.toString()), file);
    }

    List<String> argv() {
        return argv;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
