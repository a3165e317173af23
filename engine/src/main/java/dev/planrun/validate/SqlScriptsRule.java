package dev.planrun.validate;

import dev.planrun.interp.Interpolator;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.Scope;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.Plan;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import dev.planrun.sql.script.PsqlVariables;
import dev.planrun.sql.script.StepScripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scripts of sql steps say nothing planrun refuses (an unsupported psql meta-command, a
 * {@code BEGIN} under {@code transaction: single}): inline {@code script:} bodies, and
 * {@code file:} scripts whose path resolves with the params known now (given, or defaults) and
 * that exist now. Reads files, never connects; problems point into the script (inline ones into
 * the plan file where the text allows).
 */
final class SqlScriptsRule implements PlanRule {

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        Scope known = knownParams(plan, context);
        List<Problem> out = new ArrayList<>();
        for (Step step : plan.steps()) {
            // a step with a bad variable name is reported by the constraints; its script cannot be read with them
            if (step instanceof SqlStep sql && sql.vars().keySet().stream().allMatch(PsqlVariables::isValidName)) {
                SqlStep resolved = resolve(sql, known);
                if (resolved != null) {
                    InlineScriptPlace place = new InlineScriptPlace(sql, context);
                    StepScripts.inspect(resolved, false).refusals().forEach(p -> {
                        Problem mapped = place.of(p);
                        out.add(new Problem(mapped.severity(), mapped.position(), "step '" + sql.id() + "': "
                                + known.masker().mask(mapped.message())));
                    });
                }
            }
        }
        return out;
    }

    /** The step's script fields resolved; null when its file's path needs a value nobody gave. */
    private static SqlStep resolve(SqlStep step, Scope known) {
        Interpolator in = new Interpolator(known);
        Map<String, String> vars;
        try {
            vars = in.map(step.vars());
        } catch (UnresolvedReferenceException e) {
            vars = step.vars();
        }
        if (step.file() != null) {
            try {
                return new SqlStep(step.common(), step.connection(), in.text(step.file()), null, step.transaction(),
                        vars, null, step.client());
            } catch (UnresolvedReferenceException e) {
                return null;
            }
        }
        if (step.script() == null) {
            return null; // neither file nor script loaded: the loader said so
        }
        String text;
        try {
            text = in.text(step.script());
        } catch (UnresolvedReferenceException e) {
            text = step.script(); // a reference is no meta-command: the text as written shows those
        }
        return new SqlStep(step.common(), step.connection(), null, text, step.transaction(), vars, null, step.client());
    }

    /** The params that have a value now; an unset or empty one stays unknown (a path built on it means nothing). */
    private static Scope knownParams(Plan plan, ValidationContext context) {
        Map<String, String> given = new HashMap<>();
        context.supplied().ifPresent(m -> m.forEach((k, v) -> {
            if (v instanceof String s) {
                given.put(k, s);
            }
        }));
        ResolvedParams resolved = new ParamResolver(context.environment(), Map.of(), Path.of("").toAbsolutePath())
                .resolve(plan, new ParamInputs(given, null));
        Map<String, Object> values = new HashMap<>();
        resolved.scope().params().forEach((name, value) -> {
            if (!"".equals(value) && !(value instanceof List<?> l && l.isEmpty())) {
                values.put(name, value);
            }
        });
        Scope s = resolved.scope();
        return new Scope(values, s.env(), s.builtins(), s.secrets());
    }
}
