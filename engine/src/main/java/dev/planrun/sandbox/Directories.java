package dev.planrun.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of a throwaway directory tree. */
public final class Directories {

    private Directories() {
    }

    private static final int ATTEMPTS = 5;

    /**
     * Deletes {@code dir} and everything in it. A server that just stopped may still remove or
     * add a file while the tree is walked, so the walk is repeated a few times; a tree that still
     * cannot be deleted fails loudly.
     */
    public static void deleteRecursively(Path dir) {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS && Files.exists(dir); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                last = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                pause();
            }
        }
        if (Files.exists(dir)) {
            throw new UncheckedIOException("cannot delete " + dir, last);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
