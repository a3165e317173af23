package dev.planrun.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Receives the lines of both output streams: forwards each to the caller as it arrives and keeps
 * the last {@code limit} characters. Stops forwarding once closed, so a background child that
 * keeps the pipe open cannot write into a step that has finished.
 */
final class LineSink {

    private final Consumer<String> consumer;
    private final int limit;
    private final Deque<String> kept = new ArrayDeque<>();
    private int keptChars;
    private boolean truncated;
    private boolean closed;

    LineSink(Consumer<String> consumer, int limit) {
        this.consumer = consumer == null ? line -> { } : consumer;
        this.limit = limit;
    }

    synchronized void line(String line) {
        if (closed) {
            return;
        }
        kept.addLast(line);
        keptChars += line.length() + 1;
        while (keptChars > limit && kept.size() > 1) {
            keptChars -= kept.removeFirst().length() + 1;
            truncated = true;
        }
        consumer.accept(line);
    }

    /** The captured output; starts with a note when earlier lines were dropped. */
    synchronized String close() {
        closed = true;
        StringBuilder out = new StringBuilder(keptChars + 64);
        if (truncated) {
            out.append("[... earlier output dropped, last ").append(limit / 1024).append(" KB kept ...]\n");
        }
        kept.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
