package dev.planrun.load;

import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan file's text: refuses what is not a regular, readable file of at most the size
 * limit, and decodes strictly as UTF-8 (a bad byte is reported with its line and offset).
 */
final class PlanText {

    /** How many symbolic links are followed before a path is taken for a loop (Linux's limit). */
    private static final int MAX_SYMBOLIC_LINKS = 40;

    private PlanText() {
    }

    /** The text, or null with the reason in {@code problems}. */
    static String read(Path file, String name, long maxBytes, List<Problem> problems) {
        if (name.isEmpty()) {
            // the empty path would be read as the current directory; say what was given instead
            problems.add(Problem.error(Position.of("''", 0, 0),
                    "no such file (an empty file name); give the path of a plan file"));
            return null;
        }
        Position at = Position.of(name, 0, 0);
        if (Files.isDirectory(file)) {
            problems.add(Problem.error(at, "this is a directory; give the path of a plan file"));
            return null;
        }
        if (!Files.exists(file)) {
            problems.add(Problem.error(at, symbolicLinkLoop(file)
                    ? "a symbolic link loop (too many levels of symbolic links); give the path of a plan file"
                    : "no such file"));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(at, "not a regular file; a plan is a YAML file"));
            return null;
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.add(tooLarge(at, size, maxBytes));
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                problems.add(tooLarge(at, bytes.length, maxBytes));
                return null;
            }
            return decode(bytes, name, problems);
        } catch (AccessDeniedException e) {
            problems.add(Problem.error(at, "cannot read the file: permission denied"));
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(at, "no such file"));
        } catch (IOException e) {
            problems.add(Problem.error(at, "cannot read the file: " + e.getMessage()));
        }
        return null;
    }

    /** True when following the symbolic links of {@code file} never reaches a file (as the system, it gives up after 40). */
    private static boolean symbolicLinkLoop(Path file) {
        Path at = file;
        for (int hops = 0; hops <= MAX_SYMBOLIC_LINKS; hops++) {
            if (!Files.isSymbolicLink(at)) {
                return false;
            }
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at));
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    static Problem tooLarge(Position at, long size, long maxBytes) {
        return Problem.error(at, "plan file too large (" + megabytes(size) + " MB; limit " + megabytes(maxBytes) + " MB)");
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        long tenths = bytes % (1024 * 1024) * 10 / (1024 * 1024);
        return tenths == 0 ? Long.toString(mb) : mb + "." + tenths;
    }

    /** Strict UTF-8; a leading byte-order mark is dropped. */
    static String decode(byte[] bytes, String name, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lineStart = offset;
            int line = 1;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            for (int i = 0; i < lineStart; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            problems.add(Problem.error(Position.of(name, line, column), String.format(
                    "the file is not valid UTF-8: byte 0x%02X at offset %d; save the plan as UTF-8",
                    bytes[offset] & 0xFF, offset)));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
