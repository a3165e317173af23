/**
 * Validation: what a loaded plan must satisfy before it is ordered, reviewed or run.
 *
 * <p>Field constraints are Jakarta Validation annotations on the model records, checked by
 * Hibernate Validator; rules that span the plan (unique ids, needs, cycles, references,
 * parameters, connections, versions, ...) are small {@link dev.planrun.validate.PlanRule}s.
 * {@link dev.planrun.validate.PlanValidator} runs them all and returns every problem at once,
 * sorted by position; {@link dev.planrun.validate.Validation} loads and validates a file.
 */
package dev.planrun.validate;
