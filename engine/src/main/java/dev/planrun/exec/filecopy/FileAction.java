package dev.planrun.exec.filecopy;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * One change a file-copy step makes. The same actions are described by the preview and run by
 * apply, so the review shows exactly what apply does. Running an action records it in the
 * step's {@link FileChanges} before touching anything.
 */
sealed interface FileAction {

    String describe();

    void run(FileChanges changes) throws IOException;

    /** The target is already as wanted. */
    record Nothing(String why) implements FileAction {
        public String describe() {
            return "nothing to do: " + why;
        }

        public void run(FileChanges changes) {
        }
    }

    /** Moves an existing target out of the way: into the run directory, or renamed to {@code renameTo}. */
    record SetAside(Path path, Path renameTo) implements FileAction {
        public String describe() {
            return renameTo == null
                    ? "replace " + path + " (the current one is kept in the run directory for rollback)"
                    : "rename the current " + path + " to " + renameTo;
        }

        public void run(FileChanges changes) throws IOException {
            if (renameTo == null) {
                changes.saveAndRemove(path);
            } else {
                changes.rename(path, renameTo);
            }
        }
    }

    record Copy(Path from, Path to, boolean preserve) implements FileAction {
        public String describe() {
            return "copy " + from + " to " + to + (preserve ? " (keeping permissions and times)" : "");
        }

        public void run(FileChanges changes) throws IOException {
            changes.creatingParents(to);
            changes.creating(to);
            FileTrees.copy(from, to, preserve);
        }
    }

    record Move(Path from, Path to) implements FileAction {
        public String describe() {
            return "move " + from + " to " + to;
        }

        public void run(FileChanges changes) throws IOException {
            changes.creatingParents(to);
            try {
                changes.rename(from, to);
            } catch (AtomicMoveNotSupportedException otherFileSystem) {
                changes.creating(to);
                FileTrees.copy(from, to, true);
                changes.saveAndRemove(from);
            }
        }
    }

    /** Creates the symlink {@code link} to {@code target}, or repoints it in one atomic rename. */
    record Link(Path link, String target, String previous) implements FileAction {
        public String describe() {
            return previous == null
                    ? "create the symlink " + link + " -> " + target
                    : "repoint the symlink " + link + ": " + previous + " -> " + target;
        }

        public void run(FileChanges changes) throws IOException {
            if (previous == null) {
                changes.creatingParents(link);
                changes.creating(link);
                Files.createSymbolicLink(link, Path.of(target));
                return;
            }
            changes.save(link);
            Path next = link.resolveSibling(link.getFileName() + ".planrun-new");
            changes.creating(next);
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, Path.of(target));
            Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Extracts the top-level items {@code tops} of an archive into {@code dir}, its paths without
     * their first {@code strip} names.
     */
    record Extract(Path archive, int strip, Path dir, Set<String> tops, boolean createDir) implements FileAction {
        public String describe() {
            return "extract " + String.join(", ", tops) + " from " + archive
                    + (strip > 0 ? " (first " + strip + " name(s) of each path dropped)" : "") + " into " + dir
                    + (createDir ? " (created)" : "");
        }

        public void run(FileChanges changes) throws IOException {
            if (createDir) {
                changes.creatingParents(dir);
                changes.creating(dir);
                Files.createDirectory(dir);
            }
            for (String top : tops) {
                changes.creating(dir.resolve(top));
            }
            ArchiveExtractor.extract(archive, strip, dir, tops);
        }
    }
}
