package dev.planrun.process;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.exec.ProcessDestroyer;

/**
 * The process of one run and everything it started. Commons Exec hands the process over through
 * {@link ProcessDestroyer#add}; {@link #kill()} then ends the whole tree: the process group (the
 * program was started as a group leader through {@code setsid}, which also catches children that
 * were re-parented), and every descendant still attached, children first, then the program itself.
 * While the program runs, a shutdown hook kills the tree if planrun itself is stopped.
 */
final class ProcessTree implements ProcessDestroyer {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private final String killProgram;
    private Process process;
    private Thread shutdownHook;
    private boolean killRequested;

    /** @param killProgram the {@code kill} program used to signal the process group; null when the program has no group of its own */
    ProcessTree(String killProgram) {
        this.killProgram = killProgram;
    }

    @Override
    public synchronized boolean add(Process started) {
        process = started;
        shutdownHook = new Thread(this::kill, "planrun-kill-" + started.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (killRequested) {
            // the timeout struck before the program was even handed over
            new Thread(this::kill, "planrun-kill-" + started.pid()).start();
        }
        return true;
    }

    @Override
    public synchronized boolean remove(Process finished) {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing to remove
            }
            shutdownHook = null;
        }
        return true;
    }

    @Override
    public synchronized int size() {
        return process == null ? 0 : 1;
    }

    synchronized boolean started() {
        return process != null;
    }

    /** The exit code of a program that ended, or -1. */
    synchronized int exitValue() {
        return process == null || process.isAlive() ? -1 : process.exitValue();
    }

    /** Ends the program and all its descendants: TERM first, KILL after a short grace period. */
    void kill() {
        Process target;
        synchronized (this) {
            killRequested = true;
            target = process;
        }
        if (target == null) {
            return;
        }
        ProcessHandle root = target.toHandle();
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        signalGroup(root.pid(), "TERM");
        tree.forEach(ProcessHandle::destroy);
        root.destroy();
        if (awaitExit(tree, root)) {
            return;
        }
        signalGroup(root.pid(), "KILL");
        tree.addAll(root.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        awaitExit(tree, root);
    }

    private static boolean awaitExit(List<ProcessHandle> tree, ProcessHandle root) {
        List<CompletableFuture<ProcessHandle>> exits = new ArrayList<>();
        tree.forEach(p -> exits.add(p.onExit()));
        exits.add(root.onExit());
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new))
                    .get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void signalGroup(long pgid, String signal) {
        if (killProgram == null) {
            return;
        }
        try {
            Process kill = new ProcessBuilder(killProgram, "-" + signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // the descendants are still destroyed one by one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
