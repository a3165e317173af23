package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeedsRuleTest {

    private final RuleHarness harness = new RuleHarness(new NeedsRule());

    private static final String PLAN = RuleHarness.plan("", """
              - id: precheck
                type: manual
                instructions: x
              - id: stop
                title: after the precheck
                needs: [precheck, prechek, backup]
                type: manual
                instructions: x
            """);

    @Test
    void unknownNeedsAreReportedWhereTheyAreWritten() {
        assertThat(harness.check(PLAN)).containsExactly(
                "9:23: error: step 'stop' needs 'prechek', but the plan has no step with that id (did you mean 'precheck'?)",
                "9:32: error: step 'stop' needs 'backup', but the plan has no step with that id");
    }

    @Test
    void withoutTheTextTheStepIsPointedAt() {
        assertThat(harness.checkWithoutSource(PLAN)).extracting(s -> s.substring(0, 4)).containsExactly("7:5:", "7:5:");
    }

    @Test
    void existingNeedsPass() {
        assertThat(harness.check(RuleHarness.plan("", "  - {id: a, type: manual, instructions: x}\n"
                + "  - {id: b, needs: [a], type: manual, instructions: x}\n"))).isEmpty();
    }
}
