package dev.planrun.sql.script;

import java.util.Set;

/** The psql meta-commands planrun performs; any other is refused before a script runs. */
public final class MetaCommands {

    /** Names without the backslash, aliases included. */
    public static final Set<String> SUPPORTED = Set.of(
            "set", "unset", "i", "include", "ir", "include_relative", "echo", "qecho", "timing", "q", "quit");

    private MetaCommands() {
    }

    public static boolean isSupported(String name) {
        return SUPPORTED.contains(name);
    }
}
