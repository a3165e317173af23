package dev.planrun.testkit;

import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.model.StepCommon;
import java.time.Duration;

/** Common step fields for executor tests. */
public final class TestSteps {

    private TestSteps() {
    }

    public static StepCommon common(String id) {
        return common(id, null, Rollback.AUTO);
    }

    public static StepCommon common(String id, Duration timeout) {
        return common(id, timeout, Rollback.UNDECLARED);
    }

    public static StepCommon common(String id, Duration timeout, Rollback rollback) {
        return new StepCommon(id, null, null, null, null, timeout, null, rollback, false, null, null, null, null,
                Position.NONE);
    }
}
