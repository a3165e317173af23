package dev.planrun.run;

import dev.planrun.interp.ParamInputs;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import java.util.Objects;

/**
 * One {@code planrun apply}.
 *
 * @param plan           a loaded, valid plan
 * @param params         parameter values as the operator gave them (resolved by the operation, which
 *                       knows {@code run.dir} and {@code run.id})
 * @param onFailure      overrides the plan's {@code on-failure} (null: the plan's)
 * @param resume         continue the latest unfinished run of this plan and params
 * @param reviewedSha256 the sha256 of the reviewed file this plan and params come from (verified by
 *                       the caller), journaled and reported; null when a plan is applied directly
 * @param testRollback   rehearse the rollback: apply, roll back, compare the state with the start,
 *                       then apply again (see {@link RollbackRehearsal})
 */
public record ApplyRequest(Plan plan, ParamInputs params, OnFailure onFailure, boolean resume, String reviewedSha256,
                           boolean testRollback) {

    public ApplyRequest {
        Objects.requireNonNull(plan, "plan");
        params = params == null ? ParamInputs.NONE : params;
        if (resume && testRollback) {
            throw new IllegalArgumentException("a rollback rehearsal starts a fresh run; it cannot resume one");
        }
    }

    /** A plain apply (or resume) of a plan. */
    public ApplyRequest(Plan plan, ParamInputs params, OnFailure onFailure, boolean resume) {
        this(plan, params, onFailure, resume, null, false);
    }
}
