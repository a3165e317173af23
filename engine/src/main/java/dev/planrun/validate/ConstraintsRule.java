package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Located;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The field constraints written on the model records (Jakarta Validation), each violation a
 * problem at the value it is about (or the record, when the value is not written), named the way
 * the plan file names it. A
 * field the loader already reported is not judged again.
 */
final class ConstraintsRule implements PlanRule {

    private final Supplier<Validator> validator;

    ConstraintsRule(Supplier<Validator> validator) {
        this.validator = validator;
    }

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        Set<ConstraintViolation<Plan>> violations = validator.get().validate(plan);
        List<Problem> out = new ArrayList<>(violations.size());
        if (violations.isEmpty()) {
            return out;
        }
        Map<Object, String> labels = labels(plan, context.parts(plan));
        for (ConstraintViolation<Plan> v : violations) {
            Object leaf = v.getLeafBean();
            Position owner = leaf instanceof Located l ? l.position() : plan.position();
            String field = field(v);
            if (field != null && context.unloaded().field(owner, kebab(field))) {
                continue; // the loader said what is wrong with this field
            }
            Position at = field == null ? owner
                    : leaf instanceof Plan ? context.topLevelValue(kebab(field), owner) : context.valueOf(kebab(field), owner);
            out.add(Problem.error(at, message(v, labels.getOrDefault(leaf, "the plan"))));
        }
        return out;
    }

    /** What each record of the plan is called in messages, by identity. */
    private static Map<Object, String> labels(Plan plan, PlanParts parts) {
        Map<Object, String> labels = new IdentityHashMap<>();
        for (PlanParts.Labeled<Step> s : parts.steps()) {
            labels.put(s.part(), s.label());
            labels.put(s.part().common(), s.label());
            if (s.part().common().retries() != null) {
                labels.put(s.part().common().retries(), "'retries' of " + s.label());
            }
        }
        for (PlanParts.Labeled<Check> c : parts.checks()) {
            labels.put(c.part(), c.label());
        }
        for (ParamSpec p : plan.params().values()) {
            labels.put(p, "param '" + p.name() + "'");
        }
        for (ConnectionSpec c : plan.connections().values()) {
            labels.put(c, "connection '" + c.name() + "'");
        }
        return labels;
    }

    /**
     * {@code step 'x': a sql step needs a connection} for messages that say it all, else
     * {@code 'id' in step 'x' must match ...} with the field as the plan file writes it.
     */
    static String message(ConstraintViolation<?> v, String subject) {
        String text = v.getMessage();
        if (subject.equals("the plan") && text.startsWith("a plan ")) {
            return text;
        }
        if (text.startsWith("a ") || text.startsWith("an ") || text.startsWith("'")) {
            return subject + ": " + text;
        }
        String field = field(v);
        Integer index = null;
        for (Path.Node node : v.getPropertyPath()) {
            // an element of a list field (needs[2]), not a field of a list element (steps[0].timeout)
            index = node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT ? node.getIndex() : null;
        }
        String key = field == null ? "" : "'" + kebab(field) + "'" + (index == null ? "" : " item " + (index + 1)) + " in ";
        return key + subject + " " + text;
    }

    /** The last named property of the path: the record component the violation is about. */
    private static String field(ConstraintViolation<?> v) {
        String field = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field = node.getName();
            }
        }
        return field;
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
