package dev.planrun.sql.parse;

/** What a statement does to the transaction it runs in. */
public enum TransactionControl {
    /** Nothing: an ordinary statement. */
    NONE,
    /** {@code BEGIN}, {@code START TRANSACTION}. */
    BEGIN,
    /** {@code COMMIT}, {@code END}. */
    COMMIT,
    /** {@code ROLLBACK}, {@code ABORT} (not {@code ROLLBACK TO SAVEPOINT}). */
    ROLLBACK,
    /** {@code SAVEPOINT}, {@code RELEASE}, {@code ROLLBACK TO SAVEPOINT}. */
    SAVEPOINT,
    /** {@code PREPARE TRANSACTION}. */
    PREPARE,
    /** {@code COMMIT PREPARED}, {@code ROLLBACK PREPARED}. */
    FINISH_PREPARED;

    /** True for statements that start or end a transaction (the script manages its transactions). */
    public boolean startsOrEnds() {
        return this == BEGIN || this == COMMIT || this == ROLLBACK || this == PREPARE;
    }
}
