/**
 * Runs PostgreSQL upgrade scripts the way psql runs them, and tells what a script will do
 * without running it. The values every runner shares live here: the script
 * ({@link dev.planrun.sql.SqlScript}), its options ({@link dev.planrun.sql.ScriptOptions}), the
 * result ({@link dev.planrun.sql.ScriptResult}) and the events a runner reports while it runs
 * ({@link dev.planrun.sql.ScriptListener}); where the database is
 * ({@link dev.planrun.sql.DatabaseTarget}) and where PostgreSQL's programs are
 * ({@link dev.planrun.sql.PostgresBinaries}).
 *
 * <p>Sub-packages: {@code parse} reads scripts, {@code script} follows them across {@code \i}
 * and inspects them, {@code jdbc} runs them through the JDBC driver, {@code psql} through psql
 * itself, {@code lock} keeps two planrun processes off one database.
 */
package dev.planrun.sql;
