package dev.planrun.exec.filecopy;

import dev.planrun.exec.filecopy.ArchiveReader.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Extracts the chosen top-level items of an archive into a directory, keeping the unix modes and
 * times the archive records (so {@code bin/omero} stays executable), and tells which items are
 * already on disk exactly as the archive has them.
 */
final class ArchiveExtractor {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private record DirectoryEntry(Path path, int mode, FileTime modified) {
    }

    private ArchiveExtractor() {
    }

    /**
     * Extracts the entries under {@code tops} into {@code dir} (which exists), the first
     * {@code strip} names of their paths dropped.
     */
    static void extract(Path archive, int strip, Path dir, Set<String> tops) throws IOException {
        Path root = dir.toRealPath();
        List<DirectoryEntry> directories = new ArrayList<>();
        ArchiveReader.read(archive, strip, (entry, content) -> {
            if (!tops.contains(ArchiveEntries.top(entry))) {
                return;
            }
            String problem = ArchiveEntries.problem(entry);
            if (problem != null) {
                throw new IOException("archive entry " + entry.name() + " refused: " + problem);
            }
            Path rel = ArchiveEntries.relative(entry.name());
            Path parent = directoryInside(root, rel.getParent(), entry);
            Path target = parent.resolve(rel.getFileName().toString());
            switch (entry.kind()) {
                case DIRECTORY -> {
                    target = directoryInside(root, rel, entry);
                    directories.add(new DirectoryEntry(target, entry.mode(), entry.modified()));
                }
                case FILE -> {
                    Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
                    finish(target, entry.mode(), entry.modified());
                }
                case SYMLINK -> {
                    inside(root, parent.resolve(entry.link()).normalize(), entry);
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.link()));
                }
                case HARDLINK -> {
                    Path existing = inside(root, root.resolve(entry.link()).normalize(), entry);
                    Files.deleteIfExists(target);
                    Files.createLink(target, existing);
                }
                default -> throw new IOException("archive entry " + entry.name() + " refused: not a file");
            }
        });
        // deepest first, after the files: a read-only directory must not block its own content
        directories.sort(Comparator.comparingInt((DirectoryEntry d) -> d.path().getNameCount()).reversed());
        for (DirectoryEntry d : directories) {
            finish(d.path(), d.mode(), d.modified());
        }
    }

    /** The items of {@code tops} that exist in {@code dir} with exactly the archive's content. */
    static Set<String> alreadyThere(Path archive, int strip, Path dir, Set<String> tops) throws IOException {
        Map<String, Set<String>> expected = new HashMap<>();
        Set<String> different = new HashSet<>();
        ArchiveReader.read(archive, strip, (entry, content) -> {
            String top = ArchiveEntries.top(entry);
            if (!tops.contains(top) || different.contains(top)) {
                return;
            }
            Path rel = ArchiveEntries.relative(entry.name());
            Set<String> paths = expected.computeIfAbsent(top, t -> new HashSet<>());
            for (Path p = rel; p != null; p = p.getParent()) {
                paths.add(p.toString());
            }
            if (!matches(entry, content, dir.resolve(rel.toString()))) {
                different.add(top);
            }
        });
        Set<String> same = new HashSet<>();
        for (String top : tops) {
            if (!different.contains(top) && Files.exists(dir.resolve(top), NOFOLLOW)
                    && onDisk(dir, top).equals(expected.getOrDefault(top, Set.of()))) {
                same.add(top);
            }
        }
        return same;
    }

    private static boolean matches(Entry entry, java.io.InputStream content, Path path) throws IOException {
        return switch (entry.kind()) {
            case DIRECTORY -> Files.isDirectory(path, NOFOLLOW) && modeMatches(entry, path);
            case FILE -> Files.isRegularFile(path, NOFOLLOW) && modeMatches(entry, path)
                    && ArchiveEntries.sameContent(content, path);
            case SYMLINK -> Files.isSymbolicLink(path) && Files.readSymbolicLink(path).toString().equals(entry.link());
            case HARDLINK -> Files.isRegularFile(path, NOFOLLOW);
            default -> false;
        };
    }

    private static boolean modeMatches(Entry entry, Path path) throws IOException {
        return entry.mode() == 0
                || Files.getPosixFilePermissions(path, NOFOLLOW).equals(ArchiveEntries.permissions(entry.mode()));
    }

    private static Set<String> onDisk(Path dir, String top) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve(top))) {
            return walk.map(p -> dir.relativize(p).toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void finish(Path path, int mode, FileTime modified) throws IOException {
        if (mode != 0) {
            Files.setPosixFilePermissions(path, ArchiveEntries.permissions(mode));
        }
        if (modified != null) {
            Files.setLastModifiedTime(path, modified);
        }
    }

    /**
     * The real path of directory {@code rel} under {@code root}, created as needed one level at a
     * time, each existing level resolved first: a symlink extracted earlier cannot lead a
     * directory to be created outside.
     */
    private static Path directoryInside(Path root, Path rel, Entry entry) throws IOException {
        Path current = root;
        if (rel == null) {
            return current;
        }
        for (Path name : rel) {
            Path next = current.resolve(name.toString());
            if (Files.exists(next, NOFOLLOW)) {
                next = inside(root, next.toRealPath(), entry);
                if (!Files.isDirectory(next)) {
                    throw new IOException("archive entry " + entry.name() + ": " + next + " is not a directory");
                }
            } else {
                Files.createDirectory(next);
            }
            current = next;
        }
        return current;
    }

    private static Path inside(Path root, Path path, Entry entry) throws IOException {
        if (!path.startsWith(root)) {
            throw new IOException("archive entry " + entry.name() + " refused: it leads outside " + root);
        }
        return path;
    }
}
