/**
 * The apply engine: {@link dev.planrun.run.ApplyOperation} runs a plan (preconditions, steps in
 * graph order, retries, timeouts, on-failure stop or rollback, resume),
 * {@link dev.planrun.run.RollbackOperation} undoes a run, {@link dev.planrun.run.StatusOperation}
 * joins a plan with its journal. Each reports events to listeners and returns a value with the
 * exit code; nothing here prints.
 */
package dev.planrun.run;
