package dev.planrun.model;

/** Types of plan parameters. */
public enum ParamType {
    STRING, INT, BOOL, PATH, SECRET, LIST;

    /** The word used in plan files. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
