package dev.planrun.validate;

import dev.planrun.catalog.VersionOrder;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code product}, {@code from} and {@code to} come together (catalog plans), the versions parse,
 * and {@code to} is newer than {@code from}.
 */
final class VersionsRule implements PlanRule {

    /** 5.4, 0.10.0, 5.3.4, 5.6.0-m1, 5.3.4+: dotted numbers, then an optional suffix after -, + or ~. */
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*([-+~][0-9A-Za-z.]*)?");

    @Override
    public List<Problem> check(Plan plan, ValidationContext context) {
        List<Problem> out = new ArrayList<>();
        boolean any = plan.product() != null || plan.from() != null || plan.to() != null;
        if (!any) {
            return out;
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("product", "from", "to")) {
            String value = key.equals("product") ? plan.product() : key.equals("from") ? plan.from() : plan.to();
            // one that did not load is there, with a problem of its own
            if (value == null && !context.unloaded().field(plan.position(), key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            out.add(Problem.error(plan.position(), "a plan that names a product or versions declares product, from and to"
                    + " together; missing: " + String.join(", ", missing)));
        }
        boolean fromOk = version("from", plan.from(), plan, context, out);
        boolean toOk = version("to", plan.to(), plan, context, out);
        if (fromOk && toOk && VersionOrder.INSTANCE.compare(plan.from(), plan.to()) >= 0) {
            out.add(Problem.error(context.topLevelValue("to", plan.position()), "'to' (" + plan.to() + ") must be a newer version than 'from' ("
                    + plan.from() + ")"));
        }
        return out;
    }

    private static boolean version(String key, String value, Plan plan, ValidationContext context, List<Problem> out) {
        if (value == null) {
            return false;
        }
        if (VERSION.matcher(value).matches()) {
            return true;
        }
        out.add(Problem.error(context.topLevelValue(key, plan.position()), "'" + key + "' of the plan: '" + value
                + "' is not a version like 5.4 or 0.10.0"));
        return false;
    }

}
