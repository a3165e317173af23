package dev.planrun.sql.script;

import dev.planrun.model.Position;
import dev.planrun.sql.parse.CopyFromStdin;
import dev.planrun.sql.parse.LineColumn;
import dev.planrun.sql.parse.ScriptItem;
import dev.planrun.sql.parse.SqlStatement;

/** An item of the script and the file it was read from. */
public record Located(ScriptFile file, ScriptItem item) {

    /** Where {@code at} is, in this item's file. */
    public Position position(LineColumn at) {
        return Position.of(file.name(), at.line(), at.column());
    }

    /** The statement of an item: itself, or a COPY's statement; null for a meta-command. */
    public static SqlStatement statementOf(ScriptItem item) {
        if (item instanceof SqlStatement s) {
            return s;
        }
        return item instanceof CopyFromStdin c ? c.statement() : null;
    }

    /** Where the item starts. */
    public Position position() {
        return position(item.start());
    }
}
