package dev.planrun.cli;

import dev.planrun.check.Durations;
import dev.planrun.events.CheckRecord;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a person sees while a run goes on. On a terminal: one live line, redrawn every second and
 * on each output line or progress update ({@code step 3/9  upgrade-db  12s  12,345 statements,
 * 41% of 5.2 MB  ...}), and one permanent line per finished step. Elsewhere (a pipe, a log file):
 * plain lines, step output indented, and a step's progress every {@link #PLAIN_PROGRESS} at most
 * (a log gets a line now and then, not one per statement). Events arrive masked.
 */
final class ProgressView implements RunListener, AutoCloseable {

    /** How often progress gets a plain line when not on a terminal. */
    static final Duration PLAIN_PROGRESS = Duration.ofSeconds(10);

    private final PrintWriter out;
    private final boolean live;
    private final Clock clock;
    private final int width;
    private ScheduledExecutorService ticker;
    private String step;
    private String position = "";
    private Instant since;
    private String latest = "";
    private String progress = "";
    private Instant progressShown;
    private boolean lineShown;

    ProgressView(PrintWriter out, boolean live, Clock clock, int width) {
        this.out = out;
        this.live = live;
        this.clock = clock;
        this.width = Math.max(40, width);
    }

    @Override
    public synchronized void runStarted(RunEvent.RunStarted e) {
        int n = e.steps().size();
        say("planrun: run " + e.runId() + " of " + e.planId() + " (" + n + (n == 1 ? " step)" : " steps)"));
    }

    @Override
    public synchronized void runResumed(RunEvent.RunResumed e) {
        int n = e.done().size();
        say("planrun: resuming run " + e.runId() + " (" + n + (n == 1 ? " step" : " steps") + " already done)");
    }

    @Override
    public synchronized void preconditionsEvaluated(RunEvent.PreconditionsEvaluated e) {
        for (CheckRecord c : e.results()) {
            say("  precondition " + c.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                    + c.explanation());
        }
    }

    @Override
    public synchronized void stepStarted(RunEvent.StepStarted e) {
        step = e.step();
        position = e.index() + "/" + e.total();
        since = clock.instant();
        latest = "";
        progress = "";
        progressShown = since;
        if (live) {
            startTicker();
            redraw();
        } else {
            say("[" + position + "] " + e.step() + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "") + ": started");
        }
    }

    @Override
    public synchronized void output(RunEvent.StepOutput e) {
        latest = e.line();
        if (live) {
            redraw();
        } else {
            out.println("    | " + e.line());
            out.flush();
        }
    }

    @Override
    public synchronized void progress(RunEvent.StepProgress e) {
        progress = ProgressText.of(e);
        if (live) {
            redraw();
        } else if (progressShown == null
                || Duration.between(progressShown, clock.instant()).compareTo(PLAIN_PROGRESS) >= 0) {
            progressShown = clock.instant();
            say("  … " + e.step() + ": " + progress);
        }
    }

    @Override
    public synchronized void stepWarning(RunEvent.StepWarning e) {
        say("  ! " + e.step() + ": " + e.message());
    }

    @Override
    public synchronized void stepSkipped(RunEvent.StepSkipped e) {
        say("  - " + e.step() + ": skipped: " + e.reason());
    }

    @Override
    public synchronized void stepSucceeded(RunEvent.StepSucceeded e) {
        stopTicker();
        say("  ✓ [" + position + "] " + e.step() + " (" + Durations.format(Duration.ofMillis(e.elapsedMillis())) + "): "
                + e.summary());
    }

    @Override
    public synchronized void stepFailed(RunEvent.StepFailed e) {
        stopTicker();
        say("  ✗ " + e.step() + (e.waiting() ? ": " : ": failed: ") + e.error());
    }

    @Override
    public synchronized void rollbackStarted(RunEvent.RollbackStarted e) {
        say("planrun: rolling back " + (e.steps().isEmpty() ? "nothing" : String.join(", ", e.steps())));
    }

    @Override
    public synchronized void stepRolledBack(RunEvent.StepRolledBack e) {
        say("  ↶ " + e.step() + ": " + e.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (e.detail() == null ? "" : ": " + e.detail()));
    }

    @Override
    public synchronized void runFinished(RunEvent.RunFinished e) {
        stopTicker();
        clearLine();
    }

    /** Clears the live line (before a question is asked on the terminal). */
    synchronized void pause() {
        stopTicker();
        clearLine();
    }

    private void say(String line) {
        clearLine();
        out.println(line);
        out.flush();
        if (live && ticker != null) {
            redraw();
        }
    }

    private void redraw() {
        String elapsed = since == null ? "" : Durations.format(Duration.between(since, clock.instant()).withNanos(0));
        String text = "step " + position + "  " + step + "  " + elapsed + (progress.isEmpty() ? "" : "  " + progress)
                + "  " + latest.strip();
        if (text.length() > width - 1) {
            text = text.substring(0, width - 2) + "…";
        }
        out.print("\r\033[2K" + text);
        out.flush();
        lineShown = true;
    }

    private void clearLine() {
        if (live && lineShown) {
            out.print("\r\033[2K");
            out.flush();
            lineShown = false;
        }
    }

    private void startTicker() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "planrun-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(() -> {
                synchronized (this) {
                    if (ticker != null) {
                        redraw();
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        clearLine();
    }

    @Override
    public synchronized void close() {
        stopTicker();
    }
}
