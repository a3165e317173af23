package dev.planrun.run;

import dev.planrun.check.CheckResult;
import dev.planrun.events.CheckRecord;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunEvent.RollbackOutcome;
import dev.planrun.events.RunListener;
import dev.planrun.interp.Masker;
import java.time.Clock;
import java.util.List;

/**
 * Builds events with every text masked and hands them to the listeners, one event at a time
 * (output arrives from process threads). Listeners run in order: the journal first, so that an
 * event is on disk before anyone acts on it.
 */
final class Reporter {

    private final List<RunListener> listeners;
    private final Masker masker;
    private final Clock clock;

    Reporter(List<RunListener> listeners, Masker masker, Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.masker = masker;
        this.clock = clock;
    }

    String now() {
        return clock.instant().toString();
    }

    String mask(String text) {
        return masker.mask(text);
    }

    synchronized void emit(RunEvent event) {
        for (RunListener l : listeners) {
            event.sendTo(l);
        }
    }

    void output(String step, String line) {
        emit(new RunEvent.StepOutput(now(), step, mask(line)));
    }

    void progress(String step, dev.planrun.exec.Progress p) {
        emit(new RunEvent.StepProgress(now(), step, p.done(), mask(p.unit()), p.bytesDone(), p.bytesTotal()));
    }

    void warning(String step, String message) {
        emit(new RunEvent.StepWarning(now(), step, mask(message)));
    }

    void skipped(String step, String reason) {
        emit(new RunEvent.StepSkipped(now(), step, mask(reason)));
    }

    void succeeded(String step, String summary, long elapsedMillis) {
        emit(new RunEvent.StepSucceeded(now(), step, mask(summary), elapsedMillis));
    }

    void failed(String step, String error, long elapsedMillis, boolean waiting, boolean continued) {
        emit(new RunEvent.StepFailed(now(), step, mask(error), elapsedMillis, waiting, continued));
    }

    void confirmation(String step, String answer) {
        emit(new RunEvent.ManualConfirmation(now(), step, answer));
    }

    void rolledBack(String step, RollbackOutcome outcome, String detail) {
        emit(new RunEvent.StepRolledBack(now(), step, outcome, mask(detail)));
    }

    void preconditions(boolean hold, List<CheckResult> results) {
        emit(new RunEvent.PreconditionsEvaluated(now(), hold, results.stream().map(CheckRecord::of).toList()));
    }

    void finished(RunStatus status, String message, List<String> leftOver) {
        emit(new RunEvent.RunFinished(now(), status.name(), status.exitCode(), mask(message), leftOver));
    }
}
