/**
 * Test support for executors: a step context on a temporary run directory (real processes, no
 * database), snapshots of file trees, and wheels built on the fly for pip tests.
 */
package dev.planrun.testkit;
