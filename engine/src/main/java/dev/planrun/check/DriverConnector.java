package dev.planrun.check;

import dev.planrun.model.ConnectionSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens connections with the PostgreSQL JDBC driver from a plan's resolved connection specs
 * (every {@code ${...}} already replaced). Sessions are named {@code planrun} in
 * {@code pg_stat_activity}, so a database administrator can see who is connected.
 */
public final class DriverConnector implements Connector {

    public static final String APPLICATION_NAME = "planrun";

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
        Properties props = new Properties();
        if (spec.user() != null && !spec.user().isEmpty()) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null && !spec.password().isEmpty()) {
            props.setProperty("password", spec.password());
        }
        props.setProperty("ApplicationName", APPLICATION_NAME);
        return DriverManager.getConnection(spec.url(), props);
    }
}
