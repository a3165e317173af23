package dev.planrun.sql.parse;

import java.util.Arrays;

/**
 * Maps a character of a statement's text back to where it was written. The text is the script's
 * own text except where psql variables were substituted; an anchor marks each place where the
 * text stops or starts following the script, so the map stays small.
 */
public final class PositionMap {

    private int[] offsets = new int[2];
    private int[] lines = new int[2];
    private int[] columns = new int[2];
    private boolean[] substituted = new boolean[2];
    private int size;

    /** Marks that the text from {@code offset} on was written at {@code at} (or substituted there). */
    void anchor(int offset, LineColumn at, boolean isSubstitution) {
        if (size > 0 && offsets[size - 1] == offset) {
            size--;
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
            substituted = Arrays.copyOf(substituted, size * 2);
        }
        offsets[size] = offset;
        lines[size] = at.line();
        columns[size] = at.column();
        substituted[size] = isSubstitution;
        size++;
    }

    /**
     * Where the character at {@code index} (0-based, a Java string index) of {@code text} was
     * written; a character of a substituted value maps to its variable reference.
     */
    public LineColumn locate(String text, int index) {
        int target = Math.max(0, Math.min(index, text.length()));
        int a = 0;
        while (a + 1 < size && offsets[a + 1] <= target) {
            a++;
        }
        if (size == 0) {
            return new LineColumn(1, 1);
        }
        int line = lines[a];
        int column = columns[a];
        if (substituted[a]) {
            return new LineColumn(line, column);
        }
        for (int i = offsets[a]; i < target; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new LineColumn(line, column);
    }
}
