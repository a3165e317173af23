package dev.planrun.run;

import dev.planrun.interp.ParamInputs;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import java.util.Objects;

/**
 * One {@code planrun apply}.
 *
 * @param plan      a loaded, valid plan
 * @param params    parameter values as the operator gave them (resolved by the operation, which
 *                  knows {@code run.dir} and {@code run.id})
 * @param onFailure overrides the plan's {@code on-failure} (null: the plan's)
 * @param resume    continue the latest unfinished run of this plan and params
 */
public record ApplyRequest(Plan plan, ParamInputs params, OnFailure onFailure, boolean resume) {

    public ApplyRequest {
        Objects.requireNonNull(plan, "plan");
        params = params == null ? ParamInputs.NONE : params;
    }
}
