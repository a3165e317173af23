package dev.planrun.sql.script;

import dev.planrun.model.Position;
import java.io.IOException;

/** A script cannot be read on: an included file is missing or unreadable, a file is not UTF-8. */
public final class ScriptReadException extends IOException {

    private final transient Position position;

    public ScriptReadException(Position position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    /** Where: the {@code \i} command, or the file that cannot be read. */
    public Position position() {
        return position;
    }
}
