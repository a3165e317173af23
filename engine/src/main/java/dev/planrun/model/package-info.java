/**
 * The immutable plan model: what a plan file says, after loading and before interpolation.
 *
 * <p>Every record that can be wrong carries its {@link dev.planrun.model.Position} so that a
 * problem found later (validation, interpolation) points at the line a person has to fix.
 * Strings keep their {@code ${...}} references; they are resolved per run.
 */
package dev.planrun.model;
