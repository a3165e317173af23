package dev.planrun.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the program of an argv the way a shell would: a name with a slash is a path (relative to
 * the program's working directory), a bare name is looked up on the program's own {@code PATH}.
 */
final class Executables {

    private Executables() {
    }

    static Path resolve(String name, String path, Path cwd) throws IOException {
        if (name.isEmpty()) {
            throw new IOException("the program name is empty");
        }
        if (name.contains("/")) {
            Path program = cwd == null ? Path.of(name).toAbsolutePath() : cwd.resolve(name);
            if (!Files.exists(program)) {
                throw new IOException("cannot run " + program + ": no such file");
            }
            if (Files.isDirectory(program) || !Files.isExecutable(program)) {
                throw new IOException("cannot run " + program + ": not an executable file");
            }
            return program;
        }
        return find(name, path).orElseThrow(() -> new IOException("cannot run " + name + ": not found on PATH"));
    }

    static Optional<Path> find(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
