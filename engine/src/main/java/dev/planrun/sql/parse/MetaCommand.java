package dev.planrun.sql.parse;

import java.util.List;

/**
 * A psql meta-command ({@code \set}, {@code \i}, ...).
 *
 * @param name          the command without its backslash, e.g. {@code set}
 * @param arguments     its arguments as psql hands them to the command: quotes removed, escapes
 *                      and variables resolved (empty for commands planrun does not know)
 * @param argumentText  the arguments as written
 * @param start         where the backslash is
 * @param shellCommand  an argument contains a back-quoted shell command (planrun does not run them)
 */
public record MetaCommand(String name, List<String> arguments, String argumentText, LineColumn start,
                          boolean shellCommand) implements ScriptItem {

    public MetaCommand {
        arguments = List.copyOf(arguments);
    }

    /** The command as written, e.g. {@code \set ACTION '''ABORT'''}. */
    public String written() {
        return argumentText.isEmpty() ? "\\" + name : "\\" + name + " " + argumentText;
    }
}
