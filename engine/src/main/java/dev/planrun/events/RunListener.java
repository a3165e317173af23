package dev.planrun.events;

import dev.planrun.events.RunEvent.ManualConfirmation;
import dev.planrun.events.RunEvent.OutputSummary;
import dev.planrun.events.RunEvent.PreconditionsEvaluated;
import dev.planrun.events.RunEvent.RollbackStarted;
import dev.planrun.events.RunEvent.RunFinished;
import dev.planrun.events.RunEvent.RunResumed;
import dev.planrun.events.RunEvent.RunStarted;
import dev.planrun.events.RunEvent.StepFailed;
import dev.planrun.events.RunEvent.StepOutput;
import dev.planrun.events.RunEvent.StepProgress;
import dev.planrun.events.RunEvent.StepRolledBack;
import dev.planrun.events.RunEvent.StepSkipped;
import dev.planrun.events.RunEvent.StepStarted;
import dev.planrun.events.RunEvent.StepSucceeded;
import dev.planrun.events.RunEvent.StepWarning;

/**
 * Receives what a run reports. Each method defaults to {@link #any}: a listener that treats
 * every event alike (the journal) overrides {@code any}; one that cares about a few (the terminal
 * view) overrides those. Calls are serialized by the engine: a listener needs no locking.
 */
public interface RunListener {

    /** Every event whose own method is not overridden ends up here; does nothing by default. */
    default void any(RunEvent event) {
    }

    default void runStarted(RunStarted e) {
        any(e);
    }

    default void runResumed(RunResumed e) {
        any(e);
    }

    default void preconditionsEvaluated(PreconditionsEvaluated e) {
        any(e);
    }

    default void stepStarted(StepStarted e) {
        any(e);
    }

    default void output(StepOutput e) {
        any(e);
    }

    default void progress(StepProgress e) {
        any(e);
    }

    default void outputSummary(OutputSummary e) {
        any(e);
    }

    default void stepWarning(StepWarning e) {
        any(e);
    }

    default void stepSkipped(StepSkipped e) {
        any(e);
    }

    default void stepSucceeded(StepSucceeded e) {
        any(e);
    }

    default void stepFailed(StepFailed e) {
        any(e);
    }

    default void manualConfirmation(ManualConfirmation e) {
        any(e);
    }

    default void rollbackStarted(RollbackStarted e) {
        any(e);
    }

    default void stepRolledBack(StepRolledBack e) {
        any(e);
    }

    default void runFinished(RunFinished e) {
        any(e);
    }
}
