/**
 * Test support shared with other modules through the engine's test-jar: a real PostgreSQL for
 * the whole test JVM ({@link dev.planrun.testkit.TestPostgres}), a fresh database per test
 * ({@link dev.planrun.testkit.FreshDatabaseExtension}) and psql / pg_dump runs on it
 * ({@link dev.planrun.testkit.PgTools}).
 */
package dev.planrun.testkit;
