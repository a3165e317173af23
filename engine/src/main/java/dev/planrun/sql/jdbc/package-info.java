/**
 * Runs a script through the PostgreSQL JDBC driver on a connection the caller opened:
 * {@link dev.planrun.sql.jdbc.JdbcScriptRunner}. Statements run as psql runs them, one after the
 * other, stopping at the first error; inside a transaction, plain statements that return nothing
 * share a round trip (a failing one is found again and reported on its own line). Query results
 * are printed in psql's aligned format, COPY data goes through the driver's CopyManager.
 */
package dev.planrun.sql.jdbc;
