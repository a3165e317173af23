package dev.planrun.exec.filecopy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Reads zip, tar, tar.gz and tar.bz2 archives (recognised by content, not name) entry by entry,
 * with Apache Commons Compress. Zip files are read through their central directory, where the
 * unix modes and symlinks live.
 */
final class ArchiveReader {

    /** What an entry is. */
    enum Kind {
        FILE, DIRECTORY, SYMLINK, HARDLINK, OTHER
    }

    /**
     * One entry, as the archive states it.
     *
     * @param mode unix permission bits, 0 when the archive does not say
     * @param link the target of a symlink or hard link
     */
    record Entry(String name, Kind kind, int mode, FileTime modified, String link) {
    }

    /** Receives each entry; {@code content} is readable for files only, until the next entry. */
    interface Visitor {
        void visit(Entry entry, InputStream content) throws IOException;
    }

    private ArchiveReader() {
    }

    static void read(Path archive, Visitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive))) {
            String compressor = compression(in);
            if (compressor == null && "zip".equals(archiveType(in, archive))) {
                readZip(archive, visitor);
                return;
            }
            InputStream raw = compressor == null ? in : decompress(compressor, in);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    visitor.visit(new Entry(e.getName(), kind(e), e.getMode() & 07777, e.getLastModifiedTime(),
                            e.isSymbolicLink() || e.isLink() ? e.getLinkName() : null), tar);
                }
            }
        }
    }

    /**
     * As {@link #read(Path, Visitor)}, with the first {@code strip} names dropped from every
     * entry's path (and from hard links' targets, which are paths in the archive), as
     * {@code tar --strip-components} does; entries no deeper than that are left out. Absolute
     * names are passed on as they are, to be refused.
     */
    static void read(Path archive, int strip, Visitor visitor) throws IOException {
        if (strip == 0) {
            read(archive, visitor);
            return;
        }
        read(archive, (entry, content) -> {
            String name = stripped(entry.name(), strip);
            if (name != null) {
                String link = entry.kind() == Kind.HARDLINK && entry.link() != null ? stripped(entry.link(), strip) : entry.link();
                visitor.visit(new Entry(name, entry.kind(), entry.mode(), entry.modified(), link), content);
            }
        });
    }

    private static String stripped(String name, int strip) {
        if (name.startsWith("/")) {
            return name;
        }
        List<String> names = new ArrayList<>();
        for (String n : name.split("/")) {
            if (!n.isEmpty() && !n.equals(".")) {
                names.add(n);
            }
        }
        return names.size() <= strip ? null : String.join("/", names.subList(strip, names.size()));
    }

    private static void readZip(Path archive, Visitor visitor) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry e = entries.nextElement();
                Kind kind = e.isUnixSymlink() ? Kind.SYMLINK : e.isDirectory() ? Kind.DIRECTORY : Kind.FILE;
                String link = kind == Kind.SYMLINK ? zip.getUnixSymlink(e) : null;
                try (InputStream content = kind == Kind.FILE ? zip.getInputStream(e) : InputStream.nullInputStream()) {
                    visitor.visit(new Entry(e.getName(), kind, e.getUnixMode() & 07777, e.getLastModifiedTime(), link),
                            content);
                }
            }
        }
    }

    private static Kind kind(TarArchiveEntry e) {
        if (e.isDirectory()) {
            return Kind.DIRECTORY;
        }
        if (e.isSymbolicLink()) {
            return Kind.SYMLINK;
        }
        if (e.isLink()) {
            return Kind.HARDLINK;
        }
        return e.isFile() ? Kind.FILE : Kind.OTHER;
    }

    private static String compression(InputStream in) {
        try {
            return CompressorStreamFactory.detect(in);
        } catch (CompressorException notCompressed) {
            return null;
        }
    }

    private static InputStream decompress(String compressor, InputStream in) throws IOException {
        try {
            return new CompressorStreamFactory().createCompressorInputStream(compressor, in);
        } catch (CompressorException e) {
            throw new IOException("cannot decompress (" + compressor + "): " + e.getMessage(), e);
        }
    }

    private static String archiveType(InputStream in, Path archive) throws IOException {
        try {
            return ArchiveStreamFactory.detect(in);
        } catch (ArchiveException e) {
            throw new IOException(archive + " is not a zip, tar, tar.gz or tar.bz2 archive", e);
        }
    }
}
