package dev.planrun.sql.script;

import java.nio.file.Path;

/**
 * One file of a script run (the script itself or a file it includes).
 *
 * @param name      how reports name it
 * @param path      the file, absolute; null for inline text
 * @param directory where {@code \ir} paths in it are relative to
 */
public record ScriptFile(String name, Path path, Path directory) {
}
