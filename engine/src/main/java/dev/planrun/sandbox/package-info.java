/**
 * Throwaway installations to try plans on: a real PostgreSQL cluster in a temporary directory
 * ({@link dev.planrun.sandbox.LocalPostgres}), used by the sandbox demo and by the test suite.
 */
package dev.planrun.sandbox;
