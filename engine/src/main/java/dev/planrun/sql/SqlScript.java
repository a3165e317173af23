package dev.planrun.sql;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A script to run: a file, or text written inline in a plan.
 *
 * @param name             how reports name it: the file's path, or e.g. the step id for inline text
 * @param file             the file; null for inline text
 * @param text             the inline text; null for a file
 * @param workingDirectory where {@code \i} looks for relative paths (psql looks in its current
 *                         directory; planrun runs psql there too); {@code \ir} looks beside the
 *                         including file
 */
public record SqlScript(String name, Path file, String text, Path workingDirectory) {

    public SqlScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if ((file == null) == (text == null)) {
            throw new IllegalArgumentException("a script is either a file or inline text");
        }
    }

    /** A script file; {@code \i} paths are relative to the file's directory. */
    public static SqlScript file(Path file) {
        Path absolute = file.toAbsolutePath();
        return new SqlScript(file.toString(), absolute, null, absolute.getParent());
    }

    /** A script file with {@code \i} paths relative to {@code workingDirectory}. */
    public static SqlScript file(Path file, Path workingDirectory) {
        return new SqlScript(file.toString(), file.toAbsolutePath(), null, workingDirectory.toAbsolutePath());
    }

    /** Inline text named {@code name} in reports. */
    public static SqlScript inline(String name, String text, Path workingDirectory) {
        return new SqlScript(name, null, text, workingDirectory.toAbsolutePath());
    }

    public boolean isInline() {
        return file == null;
    }
}
