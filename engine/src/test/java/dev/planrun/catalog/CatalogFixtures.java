package dev.planrun.catalog;

import dev.planrun.model.Chain;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Check;
import dev.planrun.model.Expect;
import dev.planrun.model.ManualStep;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small in-memory plans for catalog tests. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static Step step(String id, Chain chain, String... needs) {
        StepCommon c = new StepCommon(id, null, Arrays.asList(needs), null, List.of(), null, null,
                Rollback.UNDECLARED, false, List.of(), chain, "Upgrade", Map.of(), Position.NONE);
        return new ManualStep(c, "do " + id);
    }

    static Plan hop(String from, String to, List<Check> preconditions, Step... steps) {
        return new Plan(1, "p-" + from + "-to-" + to, null, "p", from, to, null, null, OnFailure.STOP, Map.of(),
                Map.of(), preconditions, List.of(steps), null, Position.NONE);
    }

    static Plan hop(String from, String to) {
        return hop(from, to, List.of(), step("s", Chain.EVERY_HOP));
    }

    static Check paramCheck(String name) {
        return new Check.ParamCheck(CheckMeta.at(Position.NONE), name, Expect.DEFAULT);
    }
}
