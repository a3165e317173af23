package dev.planrun.check;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new JDBC connection for a connection name declared in the plan; the caller closes it. */
@FunctionalInterface
public interface Connector {

    /** A connector for plans without connections: every name is unknown. */
    Connector NONE = name -> {
        throw new SQLException("no connection named '" + name + "' is declared");
    };

    Connection open(String connectionName) throws SQLException;
}
