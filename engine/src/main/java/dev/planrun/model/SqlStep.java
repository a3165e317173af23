package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * Runs a PostgreSQL script (a {@code file} or an inline {@code script}) on a named connection.
 *
 * @param vars         psql variables, e.g. {@code ACTION: "'ABORT'"}
 * @param expectOutput a regex that what the script's queries returned must match
 */
public record SqlStep(
        @jakarta.validation.Valid StepCommon common,
        @NotBlank(message = "a sql step needs a connection") String connection,
        String file,
        String script,
        @NotNull Transaction transaction,
        Map<String, String> vars,
        String expectOutput,
        @NotNull SqlClient client) implements Step {

    public SqlStep {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    }

    /** Transaction handling of a script. */
    public enum Transaction {
        /** One transaction unless the script has its own transaction control. */
        AUTO,
        /** Always one transaction. */
        SINGLE,
        /** Each statement on its own (autocommit). */
        NONE
    }

    /** Who runs the script. */
    public enum SqlClient {
        /** planrun's own runner over JDBC. */
        JDBC,
        /** {@code psql -X -v ON_ERROR_STOP=1 -f FILE}. */
        PSQL
    }

    @Override
    public String type() {
        return "sql";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new SqlStep(c, connection, file, script, transaction, vars, expectOutput, client);
    }
}
