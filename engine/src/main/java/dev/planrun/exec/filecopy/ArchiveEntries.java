package dev.planrun.exec.filecopy;

import dev.planrun.exec.filecopy.ArchiveReader.Entry;
import dev.planrun.exec.filecopy.ArchiveReader.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names inside an archive, checked: an entry may not leave the directory it is extracted
 * into, by an absolute path, by {@code ..}, or through a symlink or hard link pointing outside.
 */
final class ArchiveEntries {

    /**
     * What an archive holds.
     *
     * @param tops    the top-level names, in archive order
     * @param refused why entries are refused (empty: the archive is safe to extract)
     */
    record Listing(int entries, List<String> tops, List<String> refused) {
    }

    private ArchiveEntries() {
    }

    /** The entries of {@code archive} with the first {@code strip} names of their paths dropped. */
    static Listing list(Path archive, int strip) throws IOException {
        int[] count = {0};
        Set<String> tops = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        ArchiveReader.read(archive, strip, (entry, content) -> {
            count[0]++;
            String problem = problem(entry);
            if (problem != null) {
                refused.add(entry.name() + ": " + problem);
                return;
            }
            Path name = relative(entry.name());
            if (name != null) {
                tops.add(name.getName(0).toString());
            }
        });
        return new Listing(count[0], List.copyOf(tops), refused);
    }

    /** The entry's path relative to the target directory, normalised; null for the directory itself. */
    static Path relative(String name) {
        String stripped = name;
        while (stripped.startsWith("./")) {
            stripped = stripped.substring(2);
        }
        Path path = Path.of(stripped).normalize();
        return path.toString().isEmpty() || path.toString().equals(".") ? null : path;
    }

    /** Why an entry cannot be extracted safely, or null. Only the entry's own text is looked at. */
    static String problem(Entry entry) {
        if (entry.name().startsWith("/")) {
            return "absolute path";
        }
        Path name = relative(entry.name());
        if (name != null && name.startsWith("..")) {
            return "leaves the target directory";
        }
        if (entry.kind() == Kind.OTHER) {
            return "neither a file, a directory nor a link";
        }
        if (entry.kind() == Kind.SYMLINK || entry.kind() == Kind.HARDLINK) {
            if (entry.link() == null || entry.link().isEmpty() || entry.link().startsWith("/")) {
                return "link to an absolute path " + entry.link();
            }
            Path base = entry.kind() == Kind.HARDLINK || name == null || name.getParent() == null
                    ? Path.of("") : name.getParent();
            if (base.resolve(entry.link()).normalize().startsWith("..")) {
                return "link to " + entry.link() + ", outside the target directory";
            }
        }
        return null;
    }

    /** The top-level name an entry belongs to, or null for the root entry. */
    static String top(Entry entry) {
        Path name = relative(entry.name());
        return name == null ? null : name.getName(0).toString();
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                out.add(bits[i]);
            }
        }
        return out;
    }

    /** True when the stream holds exactly the bytes of the file. */
    static boolean sameContent(InputStream content, Path file) throws IOException {
        try (InputStream disk = java.nio.file.Files.newInputStream(file)) {
            while (true) {
                byte[] a = content.readNBytes(1 << 16);
                byte[] b = disk.readNBytes(1 << 16);
                if (!java.util.Arrays.equals(a, b)) {
                    return false;
                }
                if (a.length == 0) {
                    return true;
                }
            }
        }
    }
}
