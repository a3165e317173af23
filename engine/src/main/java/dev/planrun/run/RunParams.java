package dev.planrun.run;

import dev.planrun.interp.NonSecretValues;
import dev.planrun.interp.Scope;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.reviewed.Digests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of a run as journaled: non-secret values, secret names, and a digest of both
 * that identifies "the same target" for the lock and for resume. Secret values are in none of
 * them (a changed password still resumes the same run).
 */
final class RunParams {

    private RunParams() {
    }

    static Map<String, Object> nonSecret(Plan plan, Scope scope) {
        return NonSecretValues.of(plan, scope);
    }

    static List<String> secretNames(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.params().values().stream().filter(ParamSpec::secret).forEach(p -> out.add(p.name()));
        return out;
    }

    /** sha256 of {@code name=value} lines of non-secret params, sorted, then {@code name=<secret>} lines. */
    static String digest(Plan plan, Scope scope) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(nonSecret(plan, scope)).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        secretNames(plan).stream().sorted().forEach(n -> text.append(n).append("=<secret>\n"));
        return Digests.sha256(text.toString());
    }
}
