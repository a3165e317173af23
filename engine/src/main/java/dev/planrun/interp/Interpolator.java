package dev.planrun.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves {@code ${...}} references of one {@link Scope}. Unknown names are an
 * {@link UnresolvedReferenceException} (validation reports them with positions before any run).
 */
public final class Interpolator {

    private final Scope scope;

    public Interpolator(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** The text with every reference replaced and {@code $${} turned into {@code ${}. */
    public String text(String text) {
        if (text == null || text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new UnresolvedReferenceException(text.substring(i), "an unclosed '${'");
                }
                String name = text.substring(i + 2, end).trim();
                Object value = scope.lookup(name).orElseThrow(() -> new UnresolvedReferenceException(name, unknown(name)));
                out.append(value instanceof List<?> l ? String.join(" ", Scope.asList(l)) : value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String unknown(String name) {
        if (name.startsWith("env:")) {
            return "the environment variable " + name.substring(4) + " is not set (referenced as ${" + name + "})";
        }
        return "'" + name + "' is not a parameter, env:NAME, plan.dir, run.dir or run.id";
    }

    /**
     * Each element resolved; an element written exactly {@code ${name}} where name is a list param
     * is spliced in as its elements.
     */
    public List<String> list(List<String> items) {
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            String trimmed = item == null ? "" : item.trim();
            if (trimmed.startsWith("${") && trimmed.endsWith("}") && trimmed.indexOf('}') == trimmed.length() - 1) {
                Object value = scope.lookup(trimmed.substring(2, trimmed.length() - 1).trim()).orElse(null);
                if (value instanceof List<?> l) {
                    out.addAll(Scope.asList(l));
                    continue;
                }
            }
            out.add(text(item));
        }
        return out;
    }

    /** Keys kept, values resolved. */
    public java.util.Map<String, String> map(java.util.Map<String, String> map) {
        if (map == null) {
            return null;
        }
        var out = new java.util.LinkedHashMap<String, String>();
        map.forEach((k, v) -> out.put(k, text(v)));
        return out;
    }
}
