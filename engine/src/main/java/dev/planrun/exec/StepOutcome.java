package dev.planrun.exec;

/**
 * How an applied step ended, when it did not fail.
 *
 * @param skipped true when the step found nothing to do (e.g. {@code creates} already exists)
 * @param summary one line for the journal and report
 */
public record StepOutcome(boolean skipped, String summary) {

    public static StepOutcome done(String summary) {
        return new StepOutcome(false, summary);
    }

    public static StepOutcome skipped(String reason) {
        return new StepOutcome(true, reason);
    }
}
