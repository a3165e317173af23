package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.List;

/** One rule a whole plan must follow; finds every breach, in any order. */
public interface PlanRule {

    List<Problem> check(Plan plan, ValidationContext context);
}
