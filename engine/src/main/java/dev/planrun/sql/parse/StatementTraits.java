package dev.planrun.sql.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the runner needs to know about a statement before sending it, read from its leading words.
 *
 * @param leadingWords       the first words outside parentheses, upper case (at most five)
 * @param control            what it does to the transaction
 * @param copyFromStdin      {@code COPY ... FROM STDIN}: a data block follows the statement
 * @param copyToStdout       {@code COPY ... TO STDOUT}: the server sends data back
 * @param outsideTransaction PostgreSQL refuses to run it inside a transaction block
 *                           ({@code VACUUM}, {@code CREATE DATABASE}, {@code ... CONCURRENTLY})
 * @param returning          has a {@code RETURNING} clause
 */
public record StatementTraits(List<String> leadingWords, TransactionControl control, boolean copyFromStdin,
                              boolean copyToStdout, boolean outsideTransaction, boolean returning) {

    private static final Set<String> BATCHABLE = Set.of(
            "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "TRUNCATE");

    public StatementTraits {
        leadingWords = List.copyOf(leadingWords);
    }

    /** Classifies a statement from its leading words and the two clauses that matter. */
    static StatementTraits of(List<String> words, boolean copyFromStdin, boolean copyToStdout, boolean returning) {
        return new StatementTraits(words, control(words), copyFromStdin, copyToStdout, outsideTransaction(words),
                returning);
    }

    /**
     * True when the statement can share a round trip with others: it returns no rows, sends no
     * data, leaves the transaction alone and may run inside a transaction block.
     */
    public boolean batchable() {
        return !leadingWords.isEmpty() && BATCHABLE.contains(leadingWords.get(0)) && !returning
                && !outsideTransaction && !leadingWords.contains("DATABASE");
    }

    /** The first word (upper case), or an empty string (e.g. a statement starting with a parenthesis). */
    public String firstWord() {
        return leadingWords.isEmpty() ? "" : leadingWords.get(0);
    }

    private static TransactionControl control(List<String> w) {
        String first = word(w, 0);
        String second = word(w, 1);
        switch (first) {
            case "BEGIN":
                return TransactionControl.BEGIN;
            case "START":
                return "TRANSACTION".equals(second) ? TransactionControl.BEGIN : TransactionControl.NONE;
            case "COMMIT":
                return "PREPARED".equals(second) ? TransactionControl.FINISH_PREPARED : TransactionControl.COMMIT;
            case "END":
                return TransactionControl.COMMIT;
            case "ROLLBACK":
            case "ABORT":
                if ("PREPARED".equals(second)) {
                    return TransactionControl.FINISH_PREPARED;
                }
                return w.contains("TO") ? TransactionControl.SAVEPOINT : TransactionControl.ROLLBACK;
            case "SAVEPOINT":
            case "RELEASE":
                return TransactionControl.SAVEPOINT;
            case "PREPARE":
                return "TRANSACTION".equals(second) ? TransactionControl.PREPARE : TransactionControl.NONE;
            default:
                return TransactionControl.NONE;
        }
    }

    private static boolean outsideTransaction(List<String> w) {
        String first = word(w, 0);
        String second = word(w, 1);
        return switch (first) {
            case "VACUUM" -> true;
            case "CREATE", "DROP" -> Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION").contains(second)
                    || (w.contains("INDEX") && w.contains("CONCURRENTLY"));
            case "ALTER" -> "SYSTEM".equals(second);
            case "REINDEX" -> w.contains("CONCURRENTLY") || "DATABASE".equals(second) || "SYSTEM".equals(second);
            case "COMMIT", "ROLLBACK" -> "PREPARED".equals(second);
            default -> false;
        };
    }

    private static String word(List<String> w, int i) {
        return i < w.size() ? w.get(i).toUpperCase(Locale.ROOT) : "";
    }
}
