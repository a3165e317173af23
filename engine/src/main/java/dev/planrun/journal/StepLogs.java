package dev.planrun.journal;

import dev.planrun.events.RunEvent;
import dev.planrun.events.RunEvent.StepFailed;
import dev.planrun.events.RunEvent.StepOutput;
import dev.planrun.events.RunEvent.StepRolledBack;
import dev.planrun.events.RunEvent.StepSkipped;
import dev.planrun.events.RunEvent.StepStarted;
import dev.planrun.events.RunEvent.StepSucceeded;
import dev.planrun.events.RunEvent.StepWarning;
import dev.planrun.events.RunListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One log per step ({@code steps/<nn>-<id>/step.log}): a line when it starts, its output as it
 * comes, warnings, how it ended, and later its rollback. Appends, so a resumed or rolled-back
 * run keeps the earlier attempts above.
 */
public final class StepLogs implements RunListener, AutoCloseable {

    private final Function<String, Path> logOf;
    private final Map<String, BufferedWriter> open = new HashMap<>();

    /** @param logOf the log file of a step id (its directory exists or is created) */
    public StepLogs(Function<String, Path> logOf) {
        this.logOf = logOf;
    }

    @Override
    public void any(RunEvent e) {
        if (e.step() == null) {
            return;
        }
        String line = lineFor(e);
        if (line != null) {
            write(e.step(), line);
        }
    }

    private static String lineFor(RunEvent e) {
        if (e instanceof StepOutput o) {
            return o.line();
        }
        if (e instanceof StepStarted s) {
            return "== " + s.time() + " start " + s.step() + " (" + s.type() + ", attempt " + s.attempt() + ")";
        }
        if (e instanceof StepSucceeded s) {
            return "== " + s.time() + " done: " + s.summary();
        }
        if (e instanceof StepFailed f) {
            return "== " + f.time() + (f.waiting() ? " waiting: " : " failed: ") + f.error();
        }
        if (e instanceof StepSkipped s) {
            return "== " + s.time() + " skipped: " + s.reason();
        }
        if (e instanceof StepWarning w) {
            return "== " + w.time() + " warning: " + w.message();
        }
        if (e instanceof StepRolledBack b) {
            return "== " + b.time() + " rollback " + b.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + (b.detail() == null ? "" : ": " + b.detail());
        }
        return null;
    }

    private void write(String step, String line) {
        try {
            BufferedWriter w = open.get(step);
            if (w == null) {
                Path file = logOf.apply(step);
                PrivateFiles.directories(file.getParent());
                w = Files.newBufferedWriter(PrivateFiles.file(file), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                open.put(step, w);
            }
            w.write(line);
            w.newLine();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log of step " + step + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void runFinished(RunEvent.RunFinished e) {
        closeQuietly();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        for (BufferedWriter w : open.values()) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the lines were flushed as they came; nothing is lost by a failing close
            }
        }
        open.clear();
    }
}
