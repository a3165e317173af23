package dev.planrun.examples.sim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OMERO database schema version as {@code dbpatch} records it: {@code OMERO5.3__1} is version
 * {@code OMERO5.3}, patch 1.
 */
public record DbVersion(String version, int patch) {

    private static final Pattern TEXT = Pattern.compile("(OMERO[^_]+)__(\\d+)");

    public static DbVersion parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an OMERO database version: " + text);
        }
        return new DbVersion(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The directory name of the scripts that reach this version, e.g. {@code OMERO5.4__0}. */
    @Override
    public String toString() {
        return version + "__" + patch;
    }
}
