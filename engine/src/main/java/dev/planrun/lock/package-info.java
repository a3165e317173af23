/**
 * The run lock: an operating-system file lock per target (plan id and parameters), held for a
 * whole run, so that two applies never run at once and a killed process never leaves a stale lock.
 */
package dev.planrun.lock;
