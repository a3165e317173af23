package dev.planrun.interp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values {@code ${...}} references resolve against for one run (or one review).
 *
 * @param params  parameter values: a String, or a List of Strings for {@code list} params
 * @param env     the environment for {@code ${env:NAME}}
 * @param builtins {@code plan.dir}, {@code run.dir}, {@code run.id}
 * @param secrets the values of secret params, masked wherever text is shown
 */
public record Scope(Map<String, Object> params, Map<String, String> env, Map<String, String> builtins,
                    Set<String> secrets) {

    public static final Set<String> BUILTINS = Set.of("plan.dir", "run.dir", "run.id");

    public Scope {
        params = Map.copyOf(params);
        env = Map.copyOf(env);
        builtins = Map.copyOf(builtins);
        secrets = Set.copyOf(secrets);
    }

    /** The value of a reference name (without {@code ${ }}), if it is known. */
    public Optional<Object> lookup(String name) {
        if (name.startsWith("env:")) {
            return Optional.ofNullable(env.get(name.substring(4)));
        }
        if (BUILTINS.contains(name)) {
            return Optional.ofNullable(builtins.get(name));
        }
        return Optional.ofNullable(params.get(name));
    }

    /** A copy with run builtins set. */
    public Scope withRun(String runDir, String runId) {
        var b = new java.util.HashMap<>(builtins);
        b.put("run.dir", runDir);
        b.put("run.id", runId);
        return new Scope(params, env, b, secrets);
    }

    public Masker masker() {
        return new Masker(secrets);
    }

    /** A list param's value as a list; a scalar as a one-element list. */
    @SuppressWarnings("unchecked")
    static List<String> asList(Object value) {
        return value instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(value));
    }
}
