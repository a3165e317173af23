package dev.planrun.review;

import dev.planrun.check.CheckResult;
import dev.planrun.model.Check;

/**
 * Evaluates a resolved check read-only for a review, e.g. {@code dev.planrun.check.CheckEvaluator}
 * with a context (online, or offline: checks that need a connection or a program are skipped).
 */
@FunctionalInterface
public interface ConditionEvaluator {

    /** @return the result, every text in it masked */
    CheckResult evaluate(Check resolved);
}
