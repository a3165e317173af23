package dev.planrun.cli;

import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.SqlStep;
import java.util.List;

/**
 * Stands in for the SQL step executor until this build of planrun has one: a plan with sql steps
 * is reviewed as usual, and applying it stops at the first sql step with a clear message (before
 * that step changes anything).
 */
final class UnavailableSqlStepExecutor implements StepExecutor<SqlStep> {

    private static final String WHY = "this build of planrun cannot run sql steps yet";

    @Override
    public Class<SqlStep> stepType() {
        return SqlStep.class;
    }

    @Override
    public StepPreview preview(SqlStep step, StepContext context) {
        return new StepPreview("run a SQL script on connection " + step.connection(), List.of(), List.of(WHY), List.of());
    }

    @Override
    public StepOutcome apply(SqlStep step, StepContext context) throws StepFailedException {
        throw new StepFailedException(WHY + " (step " + step.id() + ")");
    }

    @Override
    public boolean hasAutoRollback() {
        return false;
    }
}
