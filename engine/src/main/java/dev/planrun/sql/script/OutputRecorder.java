package dev.planrun.sql.script;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A script's output: every line goes to the consumer as it is complete; the text keeps its first
 * and last parts within a limit (the success banner is at the end, the first error context at
 * the start), with a note of what was left out.
 */
public final class OutputRecorder {

    private final Consumer<String> lines;
    private final int half;
    private final StringBuilder head = new StringBuilder();
    private final Deque<String> tail = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private int tailChars;
    private long dropped;
    private boolean headFull;

    /** @param limit characters kept in {@link #text()} (about) */
    public OutputRecorder(int limit, Consumer<String> lines) {
        this.lines = lines;
        this.half = limit / 2;
    }

    /** Text that may hold several lines, or part of one (completed by later text). */
    public void text(String text) {
        int from = 0;
        for (int nl; (nl = text.indexOf('\n', from)) >= 0; from = nl + 1) {
            partial.append(text, from, nl);
            complete(partial.toString());
            partial.setLength(0);
        }
        partial.append(text, from, text.length());
    }

    /** The rest of a line (without its line break): ends a line left open by {@link #text}, if any. */
    public void line(String line) {
        if (partial.length() > 0) {
            line = partial.append(line).toString();
            partial.setLength(0);
        }
        complete(line);
    }

    private void complete(String line) {
        lines.accept(line);
        if (!headFull && head.length() + line.length() + 1 <= half) {
            head.append(line).append('\n');
            return;
        }
        headFull = true;
        tail.addLast(line);
        tailChars += line.length() + 1;
        while (tailChars > half && tail.size() > 1) {
            tailChars -= tail.removeFirst().length() + 1;
            dropped++;
        }
    }

    /** Ends a line left open by {@link #text}. */
    public void finish() {
        if (partial.length() > 0) {
            complete(partial.toString());
            partial.setLength(0);
        }
    }

    /** What was kept. */
    public String text() {
        StringBuilder b = new StringBuilder(head);
        if (dropped > 0) {
            b.append("... (").append(dropped).append(" lines of output not kept) ...\n");
        }
        for (String l : tail) {
            b.append(l).append('\n');
        }
        return b.toString();
    }
}
