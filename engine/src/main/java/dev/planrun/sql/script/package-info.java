/**
 * A script as psql sees it across files: {@link dev.planrun.sql.script.ScriptCursor} follows
 * {@code \i} and {@code \ir}, applies {@code \set} and <code>&#92;unset</code> and counts the bytes read;
 * {@link dev.planrun.sql.script.ScriptInspector} reads a whole script without a connection (the
 * dry-run view and the checks made before a run); {@link dev.planrun.sql.script.TransactionPlanner}
 * decides how its transactions are handled.
 */
package dev.planrun.sql.script;
