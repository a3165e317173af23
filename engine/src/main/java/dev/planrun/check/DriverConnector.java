package dev.planrun.check;

import dev.planrun.model.ConnectionSpec;
import dev.planrun.sql.DatabaseTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Opens connections with the PostgreSQL JDBC driver from a plan's resolved connection specs
 * (every {@code ${...}} already replaced). Sessions are named {@code planrun} in
 * {@code pg_stat_activity}, so a database administrator can see who is connected.
 */
public final class DriverConnector implements Connector {

    private final Map<String, ConnectionSpec> specs;

    /** @param resolvedSpecs connection specs by name, interpolated */
    public DriverConnector(Map<String, ConnectionSpec> resolvedSpecs) {
        this.specs = Map.copyOf(resolvedSpecs);
    }

    @Override
    public Connection open(String connectionName) throws SQLException {
        ConnectionSpec spec = specs.get(connectionName);
        if (spec == null) {
            throw new SQLException("no connection named '" + connectionName + "' is declared");
        }
        DatabaseTarget target;
        try {
            target = new DatabaseTarget(spec.url(), blankToNull(spec.user()), blankToNull(spec.password()));
        } catch (IllegalArgumentException e) {
            throw new SQLException("connection '" + connectionName + "': " + e.getMessage(), e);
        }
        return target.open();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
