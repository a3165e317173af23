package dev.planrun.interp;

import dev.planrun.load.Utf8Text;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A params file's text: a regular file of at most {@link #MAX_BYTES}, strictly UTF-8. Read whole
 * before parsing, so that neither a huge file nor a bad byte reaches the parser (which would
 * be slow on the one and name Java internals for the other).
 */
final class ParamsFileText {

    /** The largest params file read: 1 MiB (a whole site's params are a few kilobytes). */
    static final int MAX_BYTES = 1024 * 1024;

    private ParamsFileText() {
    }

    /** The text, or null with the reason in {@code problems}. */
    static String read(Path file, String name, List<Problem> problems) {
        Position at = Position.of(name, 0, 0);
        if (Files.isDirectory(file)) {
            problems.add(Problem.error(at, "params file is a directory, expected a JSON or YAML file"));
            return null;
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            problems.add(Problem.error(at, "params file is not a regular file, expected a JSON or YAML file"));
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(at, "params file not found"));
            return null;
        } catch (AccessDeniedException e) {
            problems.add(Problem.error(at, "cannot read the params file: permission denied"));
            return null;
        } catch (IOException e) {
            problems.add(Problem.error(at, "cannot read the params file"));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.error(at, "params file too large: more than " + MAX_BYTES / 1024 + " KiB; a params"
                    + " file holds parameter values, not data"));
            return null;
        }
        return Utf8Text.decode(bytes, name, "params file", problems);
    }
}
