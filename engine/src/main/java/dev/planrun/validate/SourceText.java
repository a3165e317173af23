package dev.planrun.validate;

import dev.planrun.model.Position;
import java.util.Arrays;
import java.util.Optional;

/**
 * A plan file's text, to turn "somewhere in this step" into the exact line and column of a
 * piece of text. Line starts are indexed once; each search is a plain {@code indexOf} from the
 * step's own position, so finding every reference of a plan stays linear in its size.
 */
public final class SourceText {

    /**
     * How far past its start a search goes: a step or check is far shorter, and the bound keeps
     * many problems about text that is not found (a value written with escapes) from scanning the
     * whole file each.
     */
    static final int WINDOW = 64 * 1024;

    private final String file;
    private final String text;
    private final int[] lineStarts;

    /** @param file the name positions use (must equal the plan's positions' file to be searched) */
    public SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The first place at or after {@code from} (and within {@link #WINDOW}) where {@code needle} is written. */
    public Optional<Position> find(String needle, Position from) {
        if (!from.file().equals(file) || from.line() < 1 || from.line() > lineStarts.length) {
            return Optional.empty();
        }
        int start = Math.min(text.length(), lineStarts[from.line() - 1] + Math.max(0, from.column() - 1));
        int end = (int) Math.min(text.length(), (long) start + WINDOW);
        for (int at = start; at <= end - needle.length(); at++) {
            if (text.startsWith(needle, at)) {
                return Optional.of(positionOf(at));
            }
        }
        return Optional.empty();
    }

    /** The text of a 1-based line of {@code file} (without its line break), when it is at hand. */
    public Optional<String> line(String file, int line) {
        if (!this.file.equals(file) || line < 1 || line > lineStarts.length) {
            return Optional.empty();
        }
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        String s = text.substring(lineStarts[line - 1], Math.max(lineStarts[line - 1], end));
        return Optional.of(s.endsWith("\r") ? s.substring(0, s.length() - 1) : s);
    }

    private Position positionOf(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return Position.of(file, line + 1, offset - lineStarts[line] + 1);
    }
}
