/**
 * Runs a script with psql itself ({@code client: psql}):
 * {@link dev.planrun.sql.psql.PsqlScriptRunner} starts {@code psql -X -v ON_ERROR_STOP=1 -f},
 * with the password in the environment, and reports what psql printed as the JDBC runner
 * reports it: output lines, notices, and the first error with the file, line and column found
 * from psql's messages and the script itself.
 */
package dev.planrun.sql.psql;
