package dev.planrun.interp;

/** Where a parameter's value came from, strongest first. */
public enum ParamSource {
    /** {@code -p name=value}. */
    CLI("-p"),
    /** {@code --params-file}. */
    FILE("params file"),
    /** The environment variable named by the param's {@code env:}. */
    ENV("environment"),
    /** The param's {@code default:}. */
    DEFAULT("default"),
    /** Nothing: an optional param without default is empty. */
    NONE("not set");

    private final String label;

    ParamSource(String label) {
        this.label = label;
    }

    /** How reviews name the source. */
    public String label() {
        return label;
    }
}
