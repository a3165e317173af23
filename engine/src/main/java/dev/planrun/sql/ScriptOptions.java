package dev.planrun.sql;

import dev.planrun.model.SqlStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a script.
 *
 * @param transaction transaction handling: {@code auto} (one transaction unless the script has
 *                    its own {@code BEGIN}/{@code COMMIT}), {@code single}, {@code none}
 * @param variables   psql variables set before the script starts (psql's {@code -v NAME=VALUE})
 * @param batching    whether the JDBC runner may send several plain statements per round trip
 *                    (inside a transaction only; errors are still reported on their own line)
 * @param outputLimit characters of output kept in {@link ScriptResult#output()} (the listener
 *                    still receives everything)
 */
public record ScriptOptions(SqlStep.Transaction transaction, Map<String, String> variables, boolean batching,
                            int outputLimit) {

    /** Output kept by default: 4 MiB of characters. */
    public static final int DEFAULT_OUTPUT_LIMIT = 4 << 20;

    public ScriptOptions {
        Objects.requireNonNull(transaction, "transaction");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        if (outputLimit < 1024) {
            throw new IllegalArgumentException("outputLimit below 1024: " + outputLimit);
        }
    }

    /** {@code auto}, no variables, batching on. */
    public static ScriptOptions defaults() {
        return new ScriptOptions(SqlStep.Transaction.AUTO, Map.of(), true, DEFAULT_OUTPUT_LIMIT);
    }

    public ScriptOptions withTransaction(SqlStep.Transaction mode) {
        return new ScriptOptions(mode, variables, batching, outputLimit);
    }

    public ScriptOptions withVariables(Map<String, String> vars) {
        return new ScriptOptions(transaction, vars, batching, outputLimit);
    }

    public ScriptOptions withBatching(boolean on) {
        return new ScriptOptions(transaction, variables, on, outputLimit);
    }
}
