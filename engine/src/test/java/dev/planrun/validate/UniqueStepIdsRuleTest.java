package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueStepIdsRuleTest {

    private final RuleHarness harness = new RuleHarness(new UniqueStepIdsRule());

    @Test
    void eachRepeatIsReportedWithTheFirstPosition() {
        assertThat(harness.check(RuleHarness.plan("", """
                  - {id: a, type: manual, instructions: x}
                  - {id: b, type: manual, instructions: x}
                  - {id: a, type: manual, instructions: x}
                  - {id: a, type: manual, instructions: x}
                """))).containsExactly(
                "6:10: error: step id 'a' is used twice (first at 4:10); step ids must be unique",
                "7:10: error: step id 'a' is used twice (first at 4:10); step ids must be unique");
    }

    @Test
    void distinctIdsPass() {
        assertThat(harness.check(RuleHarness.plan("", "  - {id: a, type: manual, instructions: x}\n"
                + "  - {id: A, type: manual, instructions: x}\n"))).isEmpty();
    }
}
