package dev.planrun.run;

import dev.planrun.check.Durations;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.model.Step;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls an executor, bounded by the step's {@code timeout}. Executors that run programs enforce
 * the timeout themselves (killing the process tree); this is the backstop for the others: after
 * the timeout and a short grace the call is interrupted and the step fails. An executor's bug
 * (an unexpected exception) fails the step with its message instead of ending the run.
 */
final class TimedCall implements AutoCloseable {

    /** Time an executor gets past the timeout to report its own timeout first. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** Time an interrupted executor gets to stop before the run gives up on it. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** An executor call. */
    interface Call {
        StepOutcome call() throws StepFailedException;
    }

    /**
     * The step passed its timeout and did not stop when interrupted: it may still be changing
     * things, so the run must neither retry it nor roll anything back behind its back.
     */
    static final class StillRunningException extends StepFailedException {
        private static final long serialVersionUID = 1L;

        StillRunningException(String message) {
            super(message);
        }
    }

    private final Duration grace;
    private final Duration stopWait;

    TimedCall() {
        this(GRACE, STOP_WAIT);
    }

    TimedCall(Duration grace, Duration stopWait) {
        this.grace = grace;
        this.stopWait = stopWait;
    }

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "planrun-step");
        t.setDaemon(true);
        return t;
    });

    StepOutcome call(Step step, Call call) throws StepFailedException {
        Duration timeout = step.common().timeout();
        if (timeout == null) {
            return guarded(call);
        }
        CountDownLatch ended = new CountDownLatch(1);
        Future<StepOutcome> future = threads.submit(() -> {
            try {
                return guarded(call);
            } finally {
                ended.countDown();
            }
        });
        try {
            return future.get(timeout.plus(grace).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (!awaitQuietly(ended)) {
                throw new StillRunningException("timed out after " + Durations.format(timeout) + " and did not stop within "
                        + Durations.format(stopWait) + " of being interrupted: it may still be running");
            }
            throw new StepFailedException("timed out after " + Durations.format(timeout));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StepFailedException f) {
                throw f;
            }
            throw new StepFailedException("unexpected error: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted");
        }
    }

    private boolean awaitQuietly(CountDownLatch ended) {
        try {
            return ended.await(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static StepOutcome guarded(Call call) throws StepFailedException {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw new StepFailedException("unexpected error: " + e, e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
