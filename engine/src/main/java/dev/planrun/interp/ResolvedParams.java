package dev.planrun.interp;

import dev.planrun.model.ParamType;
import dev.planrun.problem.Problem;
import java.util.List;

/**
 * Typed parameter values for one run or review.
 *
 * @param scope    what {@code ${...}} resolves against: param values, the environment, {@code plan.dir}
 *                 (and {@code run.dir}, {@code run.id} when the resolver was given them), secrets
 * @param params   every declared param in declaration order, for display (secrets masked)
 * @param problems errors (a value of the wrong type, a required param missing, an undeclared
 *                 {@code -p} name) and warnings (undeclared keys of the params file), sorted
 */
public record ResolvedParams(Scope scope, List<ResolvedParam> params, List<Problem> problems) {

    public ResolvedParams {
        params = List.copyOf(params);
        problems = problems.stream().sorted().toList();
    }

    public boolean ok() {
        return !Problem.anyError(problems);
    }

    /**
     * One param as shown to a person.
     *
     * @param display the value as text ({@code ******} for secrets, {@code [a, b]} for lists)
     */
    public record ResolvedParam(String name, ParamType type, String display, ParamSource source) {
    }
}
