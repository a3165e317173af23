/**
 * Checks: evaluating plan preconditions, step preconditions and {@code when} conditions against
 * the real system (files, parameters, programs' output, read-only SQL queries), with the
 * expectations of the plan format and optional polling. Results are values, never exceptions.
 */
package dev.planrun.check;
