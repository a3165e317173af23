package dev.planrun.interp;

/**
 * A reference that the scope cannot resolve. Validation catches these with positions first, so at
 * run time this means a plan was used without validation.
 */
public final class UnresolvedReferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String reference;

    public UnresolvedReferenceException(String reference, String message) {
        super(message);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
