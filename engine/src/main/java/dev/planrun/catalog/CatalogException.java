package dev.planrun.catalog;

/** A catalog request that cannot be met (unknown product, no path, ambiguous start); the message says what to do. */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }
}
