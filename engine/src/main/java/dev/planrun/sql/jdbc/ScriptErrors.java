package dev.planrun.sql.jdbc;

import dev.planrun.model.Position;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.parse.LineColumn;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.script.CopyDataLine;
import dev.planrun.sql.script.Located;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns the driver's exceptions into {@link ScriptError}s located in the script. */
final class ScriptErrors {

    private static final int EXCERPT = 200;

    private ScriptErrors() {
    }

    /** An error of {@code statement}; the server's position, when it gives one, locates it exactly. */
    static ScriptError of(SQLException e, Located at, SqlStatement statement) {
        ServerErrorMessage m = serverMessage(e);
        if (m == null) {
            return new ScriptError(at.position(statement.keywordStart()), e.getSQLState(), e.getMessage(),
                    null, null, null, statement.excerpt(EXCERPT));
        }
        LineColumn where = CopyDataLine.locate(statement, m.getWhere())
                .orElseGet(() -> statement.locate(m.getPosition()));
        return new ScriptError(at.position(where), m.getSQLState(), m.getMessage(), m.getDetail(), m.getHint(),
                m.getWhere(), statement.excerpt(EXCERPT));
    }

    /** An error that is no statement's (the final COMMIT of the one transaction, a lost connection). */
    static ScriptError at(Position position, String what, SQLException e) {
        ServerErrorMessage m = serverMessage(e);
        if (m == null) {
            return new ScriptError(position, e.getSQLState(), what + e.getMessage(), null, null, null, null);
        }
        return new ScriptError(position, m.getSQLState(), what + m.getMessage(), m.getDetail(), m.getHint(),
                m.getWhere(), null);
    }

    /** The server's own message, also from inside a batch failure. */
    static ServerErrorMessage serverMessage(SQLException e) {
        SQLException x = e;
        while (x != null) {
            if (x instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return p.getServerErrorMessage();
            }
            x = x instanceof BatchUpdateException || x.getNextException() != null ? x.getNextException() : null;
        }
        return null;
    }
}
