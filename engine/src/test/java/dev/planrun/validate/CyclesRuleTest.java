package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyclesRuleTest {

    private final RuleHarness harness = new RuleHarness(new CyclesRule());

    private static String step(String id, String needs) {
        return "  - {id: " + id + ", needs: [" + needs + "], type: manual, instructions: x}\n";
    }

    @Test
    void aCycleIsReportedAsItsPathAtItsFirstStep() {
        assertThat(harness.check(RuleHarness.plan("", step("start", "") + step("a", "start, c") + step("b", "a")
                + step("c", "b")))).containsExactly(
                "5:5: error: these steps need each other in a cycle, so none can run first: a -> c -> b -> a");
    }

    @Test
    void aStepThatNeedsItselfIsACycle() {
        assertThat(harness.check(RuleHarness.plan("", step("a", "a")))).containsExactly(
                "4:5: error: these steps need each other in a cycle, so none can run first: a -> a");
    }

    @Test
    void separateCyclesAreEachReported() {
        assertThat(harness.check(RuleHarness.plan("", step("a", "b") + step("b", "a") + step("c", "d") + step("d", "c"))))
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("in a cycle"));
    }

    @Test
    void aLongChainHasNoCycle() {
        StringBuilder steps = new StringBuilder(step("s0", ""));
        for (int i = 1; i < 20_000; i++) {
            steps.append(step("s" + i, "s" + (i - 1)));
        }
        assertThat(harness.check(RuleHarness.plan("", steps.toString()))).isEmpty();
    }
}
