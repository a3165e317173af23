package dev.planrun.sql;

import dev.planrun.model.SqlStep;

/**
 * How a script's transactions are handled, and why, as the review shows it.
 *
 * @param requested the step's {@code transaction:} setting
 * @param handling  what planrun does
 * @param reason    one sentence for the review, e.g. "the script has its own transaction control
 *                  (BEGIN at line 3): it runs as written"
 */
public record TransactionDecision(SqlStep.Transaction requested, Handling handling, String reason) {

    /** What planrun does with the script's statements. */
    public enum Handling {
        /**
         * Statements run as written, in autocommit: the script's own {@code BEGIN} ...
         * {@code COMMIT} make its transactions, any other statement commits on its own.
         */
        AS_WRITTEN,
        /** planrun opens one transaction around the whole script and commits it at the end. */
        ONE_TRANSACTION
    }

    public boolean wrapped() {
        return handling == Handling.ONE_TRANSACTION;
    }
}
