package dev.planrun.exec;

/**
 * A manual step needs a person's confirmation and nobody can be asked: no terminal and no
 * {@code --yes}. Nothing is wrong with the step; the run stops here and resumes later.
 */
public class ConfirmationUnavailableException extends StepFailedException {

    private static final long serialVersionUID = 1L;

    public ConfirmationUnavailableException(String stepTitle) {
        super("the manual step '" + stepTitle + "' needs confirmation and there is no terminal to ask: do what it"
                + " says, then run 'planrun apply --resume --yes' (or resume from a terminal to be asked)");
    }
}
