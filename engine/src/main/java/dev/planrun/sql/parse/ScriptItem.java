package dev.planrun.sql.parse;

/** One thing a script says to do, in the order written. */
public sealed interface ScriptItem permits SqlStatement, CopyFromStdin, MetaCommand {

    /** Where the item starts in its script. */
    LineColumn start();
}
