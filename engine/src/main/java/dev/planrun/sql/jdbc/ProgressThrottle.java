package dev.planrun.sql.jdbc;

import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptProgress;

/** Reports progress at most every quarter second, and once at the end. */
final class ProgressThrottle {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final ScriptListener listener;
    private final long total;
    private long last = System.nanoTime();

    ProgressThrottle(ScriptListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    void update(long statements, long bytes) {
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            listener.progress(new ScriptProgress(statements, bytes, total));
        }
    }

    void done(long statements, long bytes) {
        listener.progress(new ScriptProgress(statements, bytes, total));
    }
}
