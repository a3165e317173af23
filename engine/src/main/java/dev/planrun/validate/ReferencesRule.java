package dev.planrun.validate;

import dev.planrun.interp.Reference;
import dev.planrun.interp.Scope;
import dev.planrun.model.Check;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import dev.planrun.problem.DidYouMean;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every {@code ${...}} resolves: a declared param, {@code env:NAME}, {@code plan.dir},
 * {@code run.dir} or {@code run.id}; {@code $${} is a literal and never checked. A problem points
 * at the reference itself when the plan's text is at hand.
 */
final class ReferencesRule implements PlanRule {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        Set<String> names = new LinkedHashSet<>(plan.params().keySet());
        names.addAll(Scope.BUILTINS);
        List<Problem> out = new ArrayList<>();
        for (PlanParts.Labeled<Step> s : context.parts(plan).steps()) {
            scan(InterpolatedText.of(s.part()), s.label(), s.part().position(), names, context, out);
        }
        for (PlanParts.Labeled<Check> c : context.parts(plan).checks()) {
            scan(InterpolatedText.of(c.part()), c.label(), c.part().position(), names, context, out);
        }
        for (ConnectionSpec c : plan.connections().values()) {
            scan(InterpolatedText.of(c), "connection '" + c.name() + "'", c.position(), names, context, out);
        }
        for (ParamSpec p : plan.params().values()) {
            scan(InterpolatedText.of(p), "param '" + p.name() + "'", p.position(), names, context, out);
        }
        return out;
    }

    private void scan(List<InterpolatedText.Field> fields, String label, Position owner, Set<String> names,
                      ValidationContext context, List<Problem> out) {
        // the same reference twice in one owner: search on after the place found before
        Map<String, Position> searchFrom = new HashMap<>();
        for (InterpolatedText.Field field : fields) {
            for (Reference ref : Reference.scan(field.text())) {
                String why = problem(ref.name(), names, field.script(), context);
                if (why == null) {
                    continue;
                }
                int close = field.text().indexOf('}', ref.offset());
                String written = ref.name() == null ? field.text().substring(ref.offset()).lines().findFirst().orElse("${")
                        : field.text().substring(ref.offset(), close + 1);
                Optional<Position> found = context.find(written, searchFrom.getOrDefault(written, owner));
                found.ifPresent(p -> searchFrom.put(written, Position.of(p.file(), p.line(), p.column() + 1)));
                out.add(Problem.error(found.orElse(owner), "'" + field.key() + "' in " + label + ": " + why));
            }
        }
    }

    /** Why a reference does not resolve, or null when it does. */
    private static String problem(String name, Set<String> names, boolean script, ValidationContext context) {
        if (name == null) {
            return "'${' is not closed; close it with '}', or write $${ for a literal ${";
        }
        if (name.isEmpty()) {
            return "${} names nothing; write ${param}, ${env:NAME}, ${plan.dir}, ${run.dir} or ${run.id}";
        }
        if (name.startsWith("env:")) {
            String variable = name.substring(4);
            return ENV_NAME.matcher(variable).matches() ? null
                    : "${" + name + "}: '" + variable + "' is not an environment variable name (letters, digits, '_')";
        }
        if (names.contains(name) || context.unloaded().param(name)) {
            return null; // a param written but broken has a problem of its own
        }
        String hint = DidYouMean.hint(name, names);
        if (hint.isEmpty() && ENV_NAME.matcher(name).matches() && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            hint = script ? " (a shell variable is written $${" + name + "}; an environment variable planrun reads, ${env:"
                    + name + "})" : " (an environment variable is written ${env:" + name + "})";
        }
        return "${" + name + "} is not a parameter of this plan" + hint
                + "; a reference names a param, env:NAME, plan.dir, run.dir or run.id";
    }
}
