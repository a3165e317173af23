package dev.planrun.examples.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** One file of a simulated installation or archive: a relative path, its bytes, whether it runs. */
record FileEntry(String path, byte[] content, boolean executable) {

    static FileEntry text(String path, String content) {
        return new FileEntry(path, content.getBytes(StandardCharsets.UTF_8), false);
    }

    static FileEntry program(String path, String content) {
        return new FileEntry(path, content.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Unix mode for archives. */
    int mode() {
        return executable ? 0755 : 0644;
    }

    void writeUnder(Path root) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
