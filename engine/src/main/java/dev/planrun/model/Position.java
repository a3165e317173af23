package dev.planrun.model;

import java.util.Comparator;

/** Where something was written: file, 1-based line and column. */
public record Position(String file, int line, int column) implements Comparable<Position> {

    /** A position for things that were not written in a file (defaults, generated steps). */
    public static final Position NONE = new Position("", 0, 0);

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public static Position of(String file, int line, int column) {
        return new Position(file, line, column);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
