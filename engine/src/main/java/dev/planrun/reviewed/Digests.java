package dev.planrun.reviewed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of files and texts, as lower-case hex. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Streams the file: memory does not grow with its size. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * sha256 of a directory tree: one line per entry below it, sorted by relative path: a regular
     * file with its sha256, a symbolic link with its target, a directory by its name. Any change
     * of a file, a name or a link shows.
     */
    public static String sha256Tree(Path dir) throws IOException {
        StringBuilder listing = new StringBuilder();
        tree(dir).forEach((name, what) -> listing.append(name).append(' ').append(what).append('\n'));
        return sha256(listing.toString());
    }

    /**
     * The entries below {@code dir} by relative path, sorted: {@code sha256 <hex>} for a regular
     * file, {@code -> <target>} for a symbolic link (not followed), {@code directory}.
     */
    public static SortedMap<String, String> tree(Path dir) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(dir)) {
            entries = walk.filter(p -> !p.equals(dir)).toList();
        }
        for (Path p : entries) {
            String name = dir.relativize(p).toString();
            if (Files.isSymbolicLink(p)) {
                out.put(name, "-> " + Files.readSymbolicLink(p));
            } else if (Files.isDirectory(p)) {
                out.put(name, "directory");
            } else {
                out.put(name, "sha256 " + sha256(p));
            }
        }
        return out;
    }

    /** The first 12 hex digits, for messages. */
    public static String shortForm(String sha256) {
        return sha256 == null ? "absent" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
