package dev.planrun.exec.configset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The state a config-set step found before its first change: the whole earlier file (or its
 * absence), or the earlier OMERO value (or its absence). Content is stored base64-encoded so a
 * secret in it never shows up as text in the run directory (the record is readable by its owner
 * only, like every undo record).
 *
 * @param previous base64 of the earlier file bytes or value; null when {@code existed} is false
 */
record ConfigUndo(int version, String format, String file, String omero, String key, boolean existed, String previous) {

    static final String FILE = "undo.json";

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] previousBytes() {
        return previous == null ? null : Base64.getDecoder().decode(previous);
    }

    String previousText() {
        return previous == null ? null : new String(previousBytes(), StandardCharsets.UTF_8);
    }
}
