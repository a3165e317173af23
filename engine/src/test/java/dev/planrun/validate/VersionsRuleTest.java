package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsRuleTest {

    private final RuleHarness harness = new RuleHarness(new VersionsRule());

    private static String plan(String head) {
        return RuleHarness.plan(head, "  - {id: a, type: manual, instructions: x}\n");
    }

    @ParameterizedTest
    @CsvSource({"5.3,5.4", "0.9.1,0.10.0", "5.3.4,5.4", "4.2,4.10", "5.6.0-m1,5.6.1", "3.2,5.6"})
    void catalogVersionsPass(String from, String to) {
        assertThat(harness.check(plan("product: omero-server\nfrom: \"" + from + "\"\nto: \"" + to + "\"\n"))).isEmpty();
    }

    @Test
    void plansWithoutProductOrVersionsPass() {
        assertThat(harness.check(plan(""))).isEmpty();
    }

    @Test
    void productFromAndToComeTogether() {
        assertThat(harness.check(plan("product: omero-server\nto: \"5.4\"\n"))).containsExactly(
                "1:1: error: a plan that names a product or versions declares product, from and to together; missing: from");
    }

    @Test
    void versionsParseAndGoForward() {
        assertThat(harness.check(plan("product: p\nfrom: five\nto: \"5.x\"\n"))).containsExactly(
                "4:7: error: 'from' of the plan: 'five' is not a version like 5.4 or 0.10.0",
                "5:5: error: 'to' of the plan: '5.x' is not a version like 5.4 or 0.10.0");
        assertThat(harness.check(plan("product: p\nfrom: \"5.4\"\nto: \"5.4\"\n"))).containsExactly(
                "5:5: error: 'to' (5.4) must be a newer version than 'from' (5.4)");
    }
}
