/**
 * Step executors: one per step type, each able to preview (dry-run), apply and roll back its
 * step. Executors never print; they write output through their {@link dev.planrun.exec.StepContext}.
 */
package dev.planrun.exec;
