package dev.planrun.sql.jdbc;

import dev.planrun.sql.ScriptError;

/** A statement failed; the run stops with this error. */
final class StatementFailure extends Exception {

    private final transient ScriptError error;

    StatementFailure(ScriptError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    ScriptError error() {
        return error;
    }
}
