package dev.planrun.exec.filecopy;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole trees: copy (symlinks inside copied as symlinks), delete (a symlink is removed, never
 * followed), compare, describe.
 */
final class FileTrees {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private FileTrees() {
    }

    /**
     * Copies {@code from} (a file, symlink or directory tree, not followed) to {@code to}, which
     * must not exist. Permissions are kept; with {@code preserve}, modification times too.
     */
    static void copy(Path from, Path to, boolean preserve) throws IOException {
        StandardCopyOption[] options = preserve
                ? new StandardCopyOption[] {StandardCopyOption.COPY_ATTRIBUTES}
                : new StandardCopyOption[0];
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(file));
                } else {
                    Files.copy(file, target, options);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Path target = to.resolve(from.relativize(dir).toString());
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                if (preserve) {
                    Files.setLastModifiedTime(target, Files.getLastModifiedTime(dir));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a file, symlink or directory tree; nothing when it does not exist. */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path, NOFOLLOW)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * True when both trees hold the same paths, kinds, contents and symlink targets (and, with
     * {@code permissions}, the same permissions). Symlinks are compared, never followed.
     */
    static boolean same(Path a, Path b, boolean permissions) throws IOException {
        List<String> left = relativePaths(a);
        if (!left.equals(relativePaths(b))) {
            return false;
        }
        for (String rel : left) {
            Path x = rel.isEmpty() ? a : a.resolve(rel);
            Path y = rel.isEmpty() ? b : b.resolve(rel);
            if (!sameEntry(x, y, permissions)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntry(Path x, Path y, boolean permissions) throws IOException {
        if (Files.isSymbolicLink(x) || Files.isSymbolicLink(y)) {
            return Files.isSymbolicLink(x) && Files.isSymbolicLink(y)
                    && Files.readSymbolicLink(x).equals(Files.readSymbolicLink(y));
        }
        if (Files.isDirectory(x, NOFOLLOW) != Files.isDirectory(y, NOFOLLOW)) {
            return false;
        }
        if (permissions && !Files.getPosixFilePermissions(x, NOFOLLOW).equals(Files.getPosixFilePermissions(y, NOFOLLOW))) {
            return false;
        }
        return Files.isDirectory(x, NOFOLLOW) || Files.mismatch(x, y) == -1;
    }

    private static List<String> relativePaths(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** What is at {@code path}, in a few words: {@code absent}, {@code file (12 bytes)}, {@code symlink -> x}, {@code directory (3 files)}. */
    static String describe(Path path) throws IOException {
        if (!Files.exists(path, NOFOLLOW)) {
            return "absent";
        }
        if (Files.isSymbolicLink(path)) {
            return "symlink -> " + Files.readSymbolicLink(path);
        }
        if (Files.isDirectory(path, NOFOLLOW)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> !Files.isDirectory(p, NOFOLLOW)).forEach(files::add);
            }
            return "directory (" + files.size() + (files.size() == 1 ? " file)" : " files)");
        }
        return "file (" + Files.size(path) + " bytes)";
    }
}
