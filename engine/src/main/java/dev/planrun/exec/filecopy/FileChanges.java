package dev.planrun.exec.filecopy;

import dev.planrun.journal.PrivateFiles;
import dev.planrun.exec.undo.DurableJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The undo record of one file-copy step ({@code undo.json} in its step directory) and the changes
 * it covers. Each change is recorded, durably, before it is made, and each can be undone whether
 * it was made fully, partly or not at all; undoing twice is harmless.
 */
final class FileChanges {

    /** What happened to a path. */
    enum Kind {
        /** The path did not exist: undo deletes whatever is there. */
        CREATED,
        /** The path's earlier content is kept in {@code backup}: undo puts it back. */
        SAVED,
        /** The path was renamed to {@code target}: undo renames it back. */
        RENAMED
    }

    /**
     * @param previousTarget for a saved symlink, where it pointed (for people reading the record)
     * @param undone         set once undone: undoing again must not touch what the undo restored
     */
    record Change(Kind kind, String path, String backup, String target, String previousTarget, boolean undone) {
        Change undoneNow() {
            return new Change(kind, path, backup, target, previousTarget, true);
        }
    }

    record Record(int version, List<Change> changes) {
    }

    static final String FILE = "undo.json";

    private final Path stepDir;
    private final DurableJson json;
    private final List<Change> changes;

    private FileChanges(Path stepDir, DurableJson json, List<Change> changes) {
        this.stepDir = stepDir;
        this.json = json;
        this.changes = new ArrayList<>(changes);
    }

    /** The record of the step, empty when the step never ran. */
    static FileChanges open(Path stepDir, DurableJson json) throws IOException {
        List<Change> recorded = json.read(stepDir.resolve(FILE), Record.class).map(Record::changes).orElse(List.of());
        return new FileChanges(stepDir, json, recorded);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Records that {@code path} is about to be created. */
    void creating(Path path) throws IOException {
        add(new Change(Kind.CREATED, path.toString(), null, null, null, false));
    }

    /** Keeps {@code path} (a file, symlink or tree) in the step directory, then deletes it. */
    void saveAndRemove(Path path) throws IOException {
        save(path);
        FileTrees.delete(path);
    }

    /** Keeps a copy of {@code path} (a file, symlink or tree) in the step directory. */
    void save(Path path) throws IOException {
        Path backup = stepDir.resolve("backup").resolve(changes.size() + "-" + path.getFileName());
        String previous = Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : null;
        add(new Change(Kind.SAVED, path.toString(), backup.toString(), null, previous, false));
        Path partial = backup.resolveSibling(backup.getFileName() + ".partial");
        FileTrees.delete(partial);
        PrivateFiles.directories(backup.getParent()); // the copy keeps the file's own mode
        FileTrees.copy(path, partial, true);
        // the backup counts only once complete: undo never restores half a copy
        Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE);
        DurableJson.forceDirectory(backup.getParent());
    }

    /** Renames {@code from} to {@code to} (same file system: one atomic step). */
    void rename(Path from, Path to) throws IOException {
        add(new Change(Kind.RENAMED, from.toString(), null, to.toString(), null, false));
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Creates the missing parent directories of {@code path}, recording the topmost one created. */
    void creatingParents(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Path topmostMissing = null;
        for (Path p = parent; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            topmostMissing = p;
        }
        if (topmostMissing != null) {
            creating(topmostMissing);
            Files.createDirectories(parent);
        }
    }

    /** Undoes every recorded change not undone yet, last first, marking each as it is done. */
    void undo() throws IOException {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            if (!change.undone()) {
                undo(change);
                changes.set(i, change.undoneNow());
                json.write(stepDir.resolve(FILE), new Record(1, changes));
            }
        }
    }

    /** Undoes everything, then forgets it: the start of a fresh attempt. */
    void undoAndForget() throws IOException {
        undo();
        changes.clear();
        FileTrees.delete(stepDir.resolve("backup"));
        Files.deleteIfExists(stepDir.resolve(FILE));
    }

    private static void undo(Change change) throws IOException {
        Path path = Path.of(change.path());
        switch (change.kind()) {
            case CREATED -> FileTrees.delete(path);
            case SAVED -> {
                Path backup = Path.of(change.backup());
                if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                    FileTrees.delete(path);
                    FileTrees.copy(backup, path, true);
                }
            }
            case RENAMED -> {
                Path target = Path.of(change.target());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, path, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            default -> throw new IllegalStateException("unknown change " + change.kind());
        }
    }

    private void add(Change change) throws IOException {
        changes.add(change);
        json.write(stepDir.resolve(FILE), new Record(1, changes));
    }
}
