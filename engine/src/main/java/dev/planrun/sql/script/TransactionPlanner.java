package dev.planrun.sql.script;

import dev.planrun.model.Position;
import dev.planrun.model.SqlStep;
import dev.planrun.problem.Problem;
import dev.planrun.sql.TransactionDecision;
import dev.planrun.sql.TransactionDecision.Handling;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Decides how a script's transactions are handled from what the inspection found in it. */
public final class TransactionPlanner {

    private TransactionPlanner() {
    }

    /** A decision, and the problem that makes the requested mode impossible, if any. */
    public record Plan(TransactionDecision decision, Optional<Problem> problem) {
    }

    /**
     * @param control statements that begin or end transactions ({@code BEGIN}, {@code COMMIT}, ...),
     *                described as e.g. "BEGIN at x.sql:3:1" (the first few)
     * @param outside statements PostgreSQL runs only outside a transaction block ({@code VACUUM}, ...)
     */
    public static Plan decide(SqlStep.Transaction requested, List<Found> control, List<Found> outside) {
        return switch (requested) {
            case AUTO -> auto(control, outside);
            case SINGLE -> single(control, outside);
            case NONE -> new Plan(new TransactionDecision(requested, Handling.AS_WRITTEN,
                    "each statement commits on its own, as psql runs it"), Optional.empty());
        };
    }

    /** A statement the decision depends on: its first word and where it is. */
    public record Found(String word, Position position) {
        @Override
        public String toString() {
            return word + " at " + position;
        }
    }

    private static Plan auto(List<Found> control, List<Found> outside) {
        if (!control.isEmpty()) {
            return new Plan(new TransactionDecision(SqlStep.Transaction.AUTO, Handling.AS_WRITTEN,
                    "the script has its own transaction control (" + list(control) + "): it runs as written"),
                    Optional.empty());
        }
        if (!outside.isEmpty()) {
            return new Plan(new TransactionDecision(SqlStep.Transaction.AUTO, Handling.AS_WRITTEN,
                    "the script has statements that cannot run inside a transaction (" + list(outside)
                            + "): each statement commits on its own"), Optional.empty());
        }
        return new Plan(new TransactionDecision(SqlStep.Transaction.AUTO, Handling.ONE_TRANSACTION,
                "the script has no transaction control of its own: it runs in one transaction, "
                        + "so a failure leaves nothing behind"), Optional.empty());
    }

    private static Plan single(List<Found> control, List<Found> outside) {
        TransactionDecision decision = new TransactionDecision(SqlStep.Transaction.SINGLE, Handling.ONE_TRANSACTION,
                "the script runs in one transaction, so a failure leaves nothing behind");
        if (!control.isEmpty()) {
            return new Plan(decision, Optional.of(Problem.error(control.get(0).position(),
                    "transaction: single, but the script has its own transaction control (" + list(control)
                            + "); use transaction: auto to run it as written")));
        }
        if (!outside.isEmpty()) {
            return new Plan(decision, Optional.of(Problem.error(outside.get(0).position(),
                    "transaction: single, but " + list(outside) + " cannot run inside a transaction")));
        }
        return new Plan(decision, Optional.empty());
    }

    private static String list(List<Found> found) {
        return found.stream().map(Found::toString).collect(Collectors.joining(", "));
    }
}
