package dev.planrun.sql;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory holding PostgreSQL's programs ({@code initdb}, {@code pg_ctl}, {@code psql},
 * {@code pg_dump}, ...).
 *
 * <p>Looked for, in order: the directory named by the environment variable
 * {@code PLANRUN_PG_BIN}; the {@code PATH}; {@code /usr/lib/postgresql/<version>/bin} (Debian,
 * Ubuntu), {@code /usr/pgsql-<version>/bin} (RHEL and PGDG packages), the newest version first;
 * {@code /usr/local/pgsql/bin}.
 */
public record PostgresBinaries(Path directory) {

    /** The environment variable naming the directory to use before any other. */
    public static final String ENV = "PLANRUN_PG_BIN";

    /**
     * The first directory holding every one of {@code programs}.
     *
     * @throws IllegalStateException naming what is missing and where it was looked for
     */
    public static PostgresBinaries locate(String... programs) {
        return find(programs).orElseThrow(() -> new IllegalStateException(
                "PostgreSQL programs " + String.join(", ", programs) + " not found in $" + ENV + ", on the PATH, in "
                        + "/usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or /usr/local/pgsql/bin; install PostgreSQL "
                        + "(e.g. apt-get install postgresql) or set " + ENV + " to its bin directory"));
    }

    /**
     * The first directory holding every one of {@code programs}, if any. Links are followed when
     * they lead into an installation holding the programs too ({@code /usr/local/bin/initdb} may
     * point into {@code /usr/lib/postgresql/15/bin}, which also holds psql and pg_dump), but not
     * into a wrapper's directory (Debian's {@code /usr/bin/psql} is a link to pg_wrapper).
     */
    public static Optional<PostgresBinaries> find(String... programs) {
        return candidates().stream()
                .filter(dir -> holdsAll(dir, programs))
                .findFirst()
                .map(dir -> new PostgresBinaries(installation(dir, programs)));
    }

    private static boolean holdsAll(Path dir, String... programs) {
        return Stream.of(programs).allMatch(p -> isProgram(dir.resolve(p)));
    }

    private static Path installation(Path dir, String... programs) {
        if (programs.length == 0) {
            return dir;
        }
        try {
            Path real = dir.resolve(programs[0]).toRealPath().getParent();
            return holdsAll(real, programs) ? real : dir;
        } catch (java.io.IOException e) {
            return dir;
        }
    }

    /** The path of {@code program} in this directory. */
    public Path program(String program) {
        Path path = directory.resolve(program);
        if (!isProgram(path)) {
            throw new IllegalStateException("PostgreSQL program " + program + " not found in " + directory);
        }
        return path;
    }

    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        dirs.addAll(versioned(Path.of("/usr/lib/postgresql"), ""));
        dirs.addAll(versioned(Path.of("/usr"), "pgsql-"));
        dirs.add(Path.of("/usr/local/pgsql/bin"));
        return dirs;
    }

    /** {@code <parent>/<prefix><version>/bin}, newest version first. */
    private static List<Path> versioned(Path parent, String prefix) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> version(p, prefix) >= 0)
                    .sorted(Comparator.comparingDouble((Path p) -> version(p, prefix)).reversed())
                    .map(p -> p.resolve("bin"))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static double version(Path dir, String prefix) {
        try {
            return Double.parseDouble(dir.getFileName().toString().substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isProgram(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
