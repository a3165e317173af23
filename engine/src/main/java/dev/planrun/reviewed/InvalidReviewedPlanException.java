package dev.planrun.reviewed;

/** A reviewed-plan file that cannot be read or is not one; the message names the file and position. */
public final class InvalidReviewedPlanException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidReviewedPlanException(String message) {
        super(message);
    }
}
