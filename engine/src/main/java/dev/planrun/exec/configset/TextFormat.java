package dev.planrun.exec.configset;

import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A configuration file format that edits text: it reads one key and returns the text with that
 * key set or removed, leaving every other line as it was. When nothing needs to change, the very
 * same text comes back, so applying twice gives the same file.
 */
interface TextFormat {

    /** The key's value in {@code text}, as the file writes it; empty when the key is absent. */
    Optional<String> read(String text, ConfigSetStep step) throws IOException;

    /** {@code text} with the step's key set to its value, or removed for {@code unset}. */
    String edit(String text, ConfigSetStep step) throws IOException;

    /** The lines of a text, without their line breaks. */
    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }

    /** Lines back to text, each ending with a line break. */
    static String text(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Replaces lines {@code first..last} (inclusive) by {@code replacement}. */
    static void replace(List<String> lines, int first, int last, List<String> replacement) {
        lines.subList(first, last + 1).clear();
        lines.addAll(first, replacement);
    }
}
