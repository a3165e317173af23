/** Problems: a user's mistakes as values with a position, never exceptions. */
package dev.planrun.problem;
