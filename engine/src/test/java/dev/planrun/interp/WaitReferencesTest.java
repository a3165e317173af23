package dev.planrun.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.load.PlanLoader;
import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import dev.planrun.model.Wait;
import dev.planrun.problem.Problem;
import dev.planrun.validate.PlanValidator;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A polling wait's timeout and interval may be params, so that a site chooses how long to wait. */
class WaitReferencesTest {

    private static final String PLAN = """
            planrun: 1
            id: t
            params:
              wait_for: {type: string, default: 48h}
            steps:
              - id: a
                type: manual
                instructions: x
                preconditions:
                  - file: {path: /nonexistent}
                    wait: {timeout: "${wait_for}", interval: "%s"}
            """;

    private static Plan load(String interval) {
        var loaded = new PlanLoader().load("p.yaml", PLAN.formatted(interval), null);
        assertThat(loaded.problems()).isEmpty();
        return loaded.plan().orElseThrow();
    }

    private static Wait resolved(Plan plan, String waitFor) {
        Scope scope = new Scope(Map.of("wait_for", waitFor, "every", "2s"), Map.of(), Map.of(), Set.of());
        Check check = plan.step("a").orElseThrow().common().preconditions().get(0);
        return new StepResolver(scope).check(check).meta().polling();
    }

    @Test
    void referencesLoadValidateAndResolveToDurations() {
        Plan plan = load("1m");
        assertThat(new PlanValidator().validate(plan, null)).isEmpty();
        assertThat(plan.step("a").orElseThrow().common().preconditions().get(0).meta().polling().timeoutText())
                .isEqualTo("${wait_for}");
        assertThat(resolved(plan, "90s")).isEqualTo(new Wait(Duration.ofSeconds(90), Duration.ofMinutes(1)));
        assertThat(resolved(load("${every}"), "1h")).isEqualTo(new Wait(Duration.ofHours(1), Duration.ofSeconds(2)));
    }

    @Test
    void anUnknownNameIsAValidationErrorAndABadValueFailsTheResolution() {
        assertThat(new PlanValidator().validate(load("${evry}"), null)).map(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("'interval' in precondition 1 of step 'a': ${evry} is not a parameter of this plan"));
        assertThatThrownBy(() -> resolved(load("1m"), "two days"))
                .isInstanceOf(UnresolvedReferenceException.class)
                .hasMessage("'timeout' of 'wait' is ${wait_for}, which is 'two days': expected a duration like 30s, 10m, 2h or 1h30m");
        assertThatThrownBy(() -> resolved(load("1m"), "0s")).hasMessage("'timeout' of 'wait' (${wait_for}) must be longer than 0s");
    }
}
