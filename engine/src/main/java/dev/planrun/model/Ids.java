package dev.planrun.model;

/** The shapes of identifiers, shared by the model's constraints and the JSON Schema. */
public final class Ids {
    public static final String PLAN_ID = "[a-z0-9][a-z0-9._-]*";
    public static final String PLAN_ID_MESSAGE = "must match [a-z0-9][a-z0-9._-]* (lower case letters, digits, '.', '_', '-')";
    public static final String STEP_ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String STEP_ID_MESSAGE = "must match [A-Za-z0-9][A-Za-z0-9._-]* (letters, digits, '.', '_', '-')";
    public static final String PARAM_NAME = "[A-Za-z_][A-Za-z0-9_]*";
    public static final String PARAM_NAME_MESSAGE = "must match [A-Za-z_][A-Za-z0-9_]* (letters, digits, '_')";

    private Ids() {
    }
}
