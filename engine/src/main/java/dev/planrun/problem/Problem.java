package dev.planrun.problem;

import dev.planrun.model.Position;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong (or worth a warning) in a plan, its parameters or a reviewed file.
 *
 * @param position where; {@link Position#NONE} when the problem is not about a place in a file
 * @param message  what is wrong and what was expected, one line, no trailing period
 */
public record Problem(Severity severity, Position position, String message) implements Comparable<Problem> {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(Position position, String message) {
        return new Problem(Severity.ERROR, position, message);
    }

    public static Problem warning(Position position, String message) {
        return new Problem(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column: error: message}, the form compilers use and editors can jump to. */
    @Override
    public String toString() {
        String where = position.toString();
        String kind = severity == Severity.ERROR ? "error" : "warning";
        return where.isEmpty() ? kind + ": " + message : where + ": " + kind + ": " + message;
    }
}
