package dev.planrun.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything about a file tree that a step may change, as comparable text: for each path, its
 * kind, permissions and either the sha256 of its content or the target of the symlink.
 * Modification times are left out (adding a file changes its directory's).
 */
public record TreeSnapshot(Map<String, String> entries) {

    public static TreeSnapshot of(Path root) {
        return of(root, path -> false);
    }

    /** The snapshot without the paths {@code skip} accepts (and what is under them), e.g. caches. */
    public static TreeSnapshot of(Path root, Predicate<Path> skip) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeSnapshot(entries);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !skipped(root, path, skip))
                    .forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(entries);
    }

    private static boolean skipped(Path root, Path path, Predicate<Path> skip) {
        for (Path p = path; p != null && p.startsWith(root); p = p.getParent()) {
            if (skip.test(p)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "link -> " + Files.readSymbolicLink(path);
            }
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
            if (Files.isDirectory(path)) {
                return "dir " + mode;
            }
            return "file " + mode + " " + sha256(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        entries.forEach((path, what) -> out.append(path).append(": ").append(what).append('\n'));
        return out.toString();
    }
}
