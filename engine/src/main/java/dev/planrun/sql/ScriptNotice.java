package dev.planrun.sql;

import dev.planrun.model.Position;

/**
 * A message the server sent while a statement ran: {@code RAISE NOTICE}, {@code RAISE WARNING},
 * or a notice such as "table does not exist, skipping".
 *
 * @param severity {@code NOTICE}, {@code WARNING}, {@code INFO}, ...
 * @param position the statement that caused it (file, line, column)
 */
public record ScriptNotice(String severity, String message, Position position) {

    /** As psql prints it: {@code file:line: NOTICE:  message}. */
    @Override
    public String toString() {
        return position.file() + ":" + position.line() + ": " + severity + ":  " + message;
    }
}
