package dev.planrun.sql;

/**
 * Receives what a script run reports as it happens; runners never print. Every method has a
 * no-op default. Called on the thread that runs the script.
 */
public interface ScriptListener {

    /** Ignores everything. */
    ScriptListener NONE = new ScriptListener() {
    };

    /** A line of the script's output: query results (psql's aligned format), {@code \echo} text. */
    default void output(String line) {
    }

    /** A notice or warning from the server. */
    default void notice(ScriptNotice notice) {
    }

    /** Progress, at most a few times a second and once at the end. */
    default void progress(ScriptProgress progress) {
    }
}
