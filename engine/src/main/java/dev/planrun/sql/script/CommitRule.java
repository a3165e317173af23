package dev.planrun.sql.script;

import dev.planrun.sql.parse.StatementTraits;
import dev.planrun.sql.parse.TransactionControl;
import java.util.Set;

/** Whether a statement that ran may have committed something: what makes a run unsafe to repeat. */
public final class CommitRule {

    /** Statements that change nothing durable even in autocommit. */
    private static final Set<String> HARMLESS = Set.of(
            "SET", "RESET", "SHOW", "DISCARD", "LISTEN", "UNLISTEN", "PREPARE", "DEALLOCATE", "SAVEPOINT", "RELEASE");

    private CommitRule() {
    }

    /** A statement run outside any transaction block (autocommit) that may have committed a change. */
    public static boolean commitsInAutocommit(StatementTraits traits) {
        return traits.control() == TransactionControl.FINISH_PREPARED
                || traits.control() == TransactionControl.NONE && !HARMLESS.contains(traits.firstWord());
    }

    /** A statement that ends an open transaction by committing it (or preparing it for commit). */
    public static boolean commitsOpenTransaction(StatementTraits traits) {
        return traits.control() == TransactionControl.COMMIT || traits.control() == TransactionControl.PREPARE;
    }
}
