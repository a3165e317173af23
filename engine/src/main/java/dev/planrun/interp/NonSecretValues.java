package dev.planrun.interp;

import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of a plan's non-secret params: what journals and reviewed files may hold. */
public final class NonSecretValues {

    private NonSecretValues() {
    }

    /** Values set in the scope, in declaration order: a String, or a List for list params. */
    public static Map<String, Object> of(Plan plan, Scope scope) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec p : plan.params().values()) {
            Object v = scope.params().get(p.name());
            if (!p.secret() && v != null) {
                out.put(p.name(), v instanceof List<?> l ? List.copyOf(l) : String.valueOf(v));
            }
        }
        return out;
    }
}
