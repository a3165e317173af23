/**
 * Interpolation: {@code ${name}}, {@code ${env:NAME}}, {@code ${plan.dir}}, {@code ${run.dir}},
 * {@code ${run.id}} and the {@code $${} escape, resolved into steps ready to run; secrets masked
 * wherever text is shown.
 */
package dev.planrun.interp;
