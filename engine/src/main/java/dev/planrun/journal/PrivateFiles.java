package dev.planrun.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Directories and files readable by their owner only (0700, 0600). What planrun keeps under the
 * state directory may hold what a step saw or replaced: undo records keep the previous contents
 * of a changed configuration file, backups keep overwritten files, logs keep a program's output.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents, each new one 0700. */
    public static Path directories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, attributes(DIR));
            } catch (FileAlreadyExistsException racing) {
                if (!Files.isDirectory(p)) {
                    throw racing;
                }
            }
        }
        return dir;
    }

    /** Creates one directory, 0700; fails when it exists. */
    public static Path directory(Path dir) throws IOException {
        return Files.createDirectory(dir, attributes(DIR));
    }

    /** Creates {@code file} empty and 0600 unless it exists; its directory exists. */
    public static Path file(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(FILE));
        } catch (FileAlreadyExistsException exists) {
            // appended to or replaced: its mode was set when it was made
        }
        return file;
    }

    /** Makes an existing directory 0700 (one made by an earlier planrun); quietly not when it is not ours. */
    public static void restrict(Path dir) {
        if (!POSIX) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(dir).equals(DIR)) {
                Files.setPosixFilePermissions(dir, DIR);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException notOurs) {
            // another user's directory: its owner decides
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
