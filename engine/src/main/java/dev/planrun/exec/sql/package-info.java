/**
 * The {@code sql} step executor: runs a step's script with the SQL runner (JDBC, or psql with
 * {@code client: psql}) on the step's connection, previews it with the script inspector, and
 * knows after a crash whether its one transaction committed.
 */
package dev.planrun.exec.sql;
