/**
 * Keeps two planrun processes (on any hosts) from running sql steps on the same database at once:
 * a PostgreSQL session-level advisory lock ({@link dev.planrun.sql.lock.AdvisoryLock}), which the
 * server releases by itself when the holding session ends, so a killed run never leaves a stale
 * lock.
 */
package dev.planrun.sql.lock;
