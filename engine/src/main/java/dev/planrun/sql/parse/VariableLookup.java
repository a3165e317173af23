package dev.planrun.sql.parse;

/** The psql variables a script sees while it is read ({@code \set} changes them as it goes). */
@FunctionalInterface
public interface VariableLookup {

    /** The value of a variable, or null when it is not set. */
    String get(String name);

    /** No variables at all. */
    VariableLookup NONE = name -> null;
}
