package dev.planrun.exec.sql;

import dev.planrun.exec.StepContext;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.sql.DatabaseTarget;
import java.sql.SQLException;

/** The database a connection name stands for, as psql needs it (url, user, password). */
final class SqlTargets {

    private SqlTargets() {
    }

    static DatabaseTarget of(String connectionName, StepContext context) throws SQLException {
        ConnectionSpec spec = context.connectionSpec(connectionName)
                .orElseThrow(() -> new SQLException("no connection named '" + connectionName + "' to give psql"));
        try {
            return new DatabaseTarget(spec.url(), empty(spec.user()), empty(spec.password()));
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
