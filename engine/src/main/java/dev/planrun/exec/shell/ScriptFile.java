package dev.planrun.exec.shell;

import dev.planrun.model.ShellStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The argv of a shell step. A script never travels as an argument: arguments are public (any
 * user sees them in {@code ps} and {@code /proc/PID/cmdline}), and a resolved script may hold a
 * secret. It is written to a temporary file readable only by its owner, outside the run
 * directory; bash opens it, removes it (so not even a {@code kill -9} of planrun leaves it
 * behind) and evaluates it with the step id as {@code $0}, so that bash's own messages name the
 * step ({@code stop-server: line 3: ...}). The file is also removed when the step ends, in case
 * bash never started.
 */
final class ScriptFile implements AutoCloseable {

    /** Opens the script on fd 3, removes it, and evaluates it with fd 3 closed and no positional parameters. */
    static final String LOADER = "exec 3<\"$1\"; rm -f -- \"$1\"; set --; eval \"$(cat <&3)\" 3<&-";

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
        Path file = Files.createTempFile("planrun-" + step.id() + "-", ".sh",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, step.script(), StandardCharsets.UTF_8);
        return new ScriptFile(List.of("bash", "-euo", "pipefail", "-c", LOADER, step.id(), file.toString()), file);
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
