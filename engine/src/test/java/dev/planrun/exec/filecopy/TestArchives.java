package dev.planrun.exec.filecopy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds zip and tar archives for tests, with modes and links (including malicious ones). */
final class TestArchives {

    /** An entry: a directory when the name ends with /, a symlink when {@code link} is set. */
    record E(String name, int mode, String content, String link) {
        static E dir(String name) {
            return new E(name, 0755, null, null);
        }

        static E file(String name, int mode, String content) {
            return new E(name, mode, content, null);
        }

        static E link(String name, String target) {
            return new E(name, 0777, null, target);
        }
    }

    private TestArchives() {
    }

    static Path zip(Path file, List<E> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (E e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
                byte[] data = e.link() != null ? bytes(e.link()) : e.content() == null ? new byte[0] : bytes(e.content());
                entry.setUnixMode((e.link() != null ? 0120000 : e.name().endsWith("/") ? 040000 : 0100000) | e.mode());
                zip.putArchiveEntry(entry);
                zip.write(data);
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    /** A tar archive, compressed with {@code gz}, {@code bz2} or not at all ({@code ""}). */
    static Path tar(Path file, String compression, List<E> entries) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        OutputStream out = switch (compression) {
            case "gz" -> new GzipCompressorOutputStream(raw);
            case "bz2" -> new BZip2CompressorOutputStream(raw);
            default -> raw;
        };
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (E e : entries) {
                TarArchiveEntry entry = e.link() != null
                        ? new TarArchiveEntry(e.name(), TarArchiveEntry.LF_SYMLINK)
                        : new TarArchiveEntry(e.name(), true);
                if (e.link() != null) {
                    entry.setLinkName(e.link());
                }
                entry.setMode((e.link() != null ? 0120000 : e.name().endsWith("/") ? 040000 : 0100000) | e.mode());
                byte[] data = e.content() == null ? new byte[0] : bytes(e.content());
                entry.setSize(data.length);
                tar.putArchiveEntry(entry);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
