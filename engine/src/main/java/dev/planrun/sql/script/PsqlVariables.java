package dev.planrun.sql.script;

import dev.planrun.sql.parse.VariableLookup;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** psql's variables during one run: {@code -v} values first, then {@code \set} and <code>&#92;unset</code>. */
public final class PsqlVariables implements VariableLookup {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\x{80}-\\x{10FFFF}]+");

    private final Map<String, String> values = new LinkedHashMap<>();

    public PsqlVariables(Map<String, String> initial) {
        initial.forEach(this::set);
    }

    /** Whether psql accepts {@code name} as a variable name. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public void set(String name, String value) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid variable name: \"" + name + "\"");
        }
        values.put(name, value);
    }

    public void unset(String name) {
        values.remove(name);
    }

    @Override
    public String get(String name) {
        return values.get(name);
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }
}
