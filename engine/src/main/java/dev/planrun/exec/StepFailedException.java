package dev.planrun.exec;

/**
 * A step did not achieve its effect. The message is for the operator: what failed, where, and
 * what to look at (a log path, the line of a script). Never a secret.
 */
public class StepFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public StepFailedException(String message) {
        super(message);
    }

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
