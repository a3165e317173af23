package dev.planrun.validate;

import dev.planrun.interp.Reference;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Params are well typed: a default (and a supplied value) fits the param's type and choices, a
 * secret never has a literal default in the plan (an empty one, {@code ""}, gives nothing away), an {@code env:} is a variable name; when values
 * are supplied, every required param has one. Values holding {@code ${...}} are judged once
 * resolved, not here.
 */
final class ParamsRule implements PlanRule {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        Map<String, Object> supplied = context.supplied().orElse(null);
        for (ParamSpec p : plan.params().values()) {
            if (context.unloaded().field(p.position(), "type")) {
                continue; // a param whose type did not load cannot be judged by the type it falls back to
            }
            String label = "param '" + p.name() + "'";
            if (p.defaultValue() != null) {
                Supplier<Position> at = () -> context.valueOf("default", p.position());
                if (p.secret() && !"".equals(p.defaultValue()) && !onlyReferences(p.defaultValue())) {
                    out.add(Problem.error(at.get(), label + " is a secret, so its value never belongs in the plan;"
                            + " drop the default and use env: NAME, -p or a params file"));
                } else {
                    String why = misfit(p, p.defaultValue());
                    if (why != null) {
                        out.add(Problem.error(at.get(), "default of " + label + ": " + why));
                    }
                }
                if (p.required()) {
                    out.add(Problem.warning(p.position(), label + " is required but has a default, so it is never missing;"
                            + " drop one of them"));
                }
            }
            if (p.env() != null && !ENV_NAME.matcher(p.env()).matches()) {
                out.add(Problem.error(context.valueOf("env", p.position()), "'env' of " + label + ": '" + p.env()
                        + "' is not an environment variable name (letters, digits, '_')"));
            }
            if (!p.choices().isEmpty() && (p.type() == ParamType.BOOL || p.secret())) {
                out.add(Problem.error(context.valueOf("choices", p.position()), "'choices' of " + label + ": a " + p.type().word() + " param takes no choices"));
            }
            if (supplied != null) {
                supplied(p, label, supplied, context, out);
            }
        }
        return out;
    }

    private void supplied(ParamSpec p, String label, Map<String, Object> supplied, ValidationContext context,
                          List<Problem> out) {
        Object value = supplied.get(p.name());
        if (value != null) {
            String why = misfit(p, value);
            if (why != null) {
                out.add(Problem.error(p.position(), "the value given for " + label + ": " + why));
            }
        } else if (p.required() && p.defaultValue() == null
                && (p.env() == null || !context.environment().containsKey(p.env()))) {
            out.add(Problem.error(p.position(), "parameter '" + p.name() + "' is required: give -p " + p.name()
                    + "=VALUE or put it in a --params-file" + (p.env() == null ? "" : ", or set " + p.env())));
        }
    }

    /** Why a value does not fit the param, or null when it does (or holds references to resolve first). */
    static String misfit(ParamSpec p, Object value) {
        if (value instanceof List<?> items) {
            if (p.type() != ParamType.LIST) {
                return "a list, but the param is of type " + p.type().word() + " (use type: list)";
            }
            for (Object item : items) {
                String why = Reference.scan(String.valueOf(item)).isEmpty() ? choice(p, String.valueOf(item)) : null;
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        String text = String.valueOf(value);
        if (!Reference.scan(text).isEmpty()) {
            return null;
        }
        String shown = p.secret() ? "******" : text;
        String t = text.strip();
        switch (p.type()) {
            case INT:
                if (!t.matches("[+-]?\\d{1,18}")) {
                    return "expected a whole number, got '" + shown + "'";
                }
                break;
            case BOOL:
                if (!List.of("true", "false", "yes", "no").contains(t.toLowerCase(Locale.ROOT))) {
                    return "expected true or false, got '" + shown + "'";
                }
                break;
            default:
                break;
        }
        return p.type() == ParamType.LIST ? null : choice(p, text);
    }

    private static String choice(ParamSpec p, String value) {
        if (p.choices().isEmpty() || p.choices().contains(value)) {
            return null;
        }
        return "expected one of " + String.join(", ", p.choices()) + ", got '" + (p.secret() ? "******" : value) + "'";
    }

    /** A default made of references only, e.g. {@code ${env:DB_PASS}}: no secret is written in the plan. */
    private static boolean onlyReferences(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        String rest = text;
        for (Reference ref : Reference.scan(text)) {
            if (ref.name() == null) {
                return false;
            }
            rest = rest.replace("${" + ref.name() + "}", "");
        }
        return rest.isBlank() && !Reference.scan(text).isEmpty();
    }
}
