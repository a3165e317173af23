package dev.planrun.validate;

import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.util.List;

/** The steps declared {@code rollback: none}: automatic rollback stops at them and a person must look. */
public final class IrreversibleSteps {

    private IrreversibleSteps() {
    }

    /** Their ids, in declaration order. */
    public static List<String> of(Plan plan) {
        return plan.steps().stream().filter(s -> s.common().rollback().irreversible()).map(Step::id).toList();
    }
}
