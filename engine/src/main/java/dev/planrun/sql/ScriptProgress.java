package dev.planrun.sql;

/**
 * How far a script run is.
 *
 * @param statementsExecuted statements executed so far
 * @param bytesRead          bytes of the script (and its included files) read so far
 * @param bytesTotal         bytes of the script and its included files, as inspected before the run
 */
public record ScriptProgress(long statementsExecuted, long bytesRead, long bytesTotal) {
}
