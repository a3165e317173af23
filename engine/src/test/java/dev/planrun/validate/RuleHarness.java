package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.util.List;
import java.util.Map;

/** Runs one rule on a plan written in a test, with the plan's text at hand for exact positions. */
final class RuleHarness {

    private final PlanRule rule;
    private final PlanLoader loader = new PlanLoader();
    private Map<String, Object> supplied;
    private Map<String, String> environment = Map.of();

    RuleHarness(PlanRule rule) {
        this.rule = rule;
    }

    RuleHarness supplied(Map<String, Object> values) {
        this.supplied = values;
        return this;
    }

    RuleHarness environment(Map<String, String> env) {
        this.environment = env;
        return this;
    }

    Plan plan(String yaml) {
        LoadResult r = loader.load("p.yaml", yaml, null);
        assertThat(r.problems()).as("the test plan loads").isEmpty();
        return r.plan().orElseThrow();
    }

    /** Problems as {@code line:column: severity: message}, sorted. */
    List<String> check(String yaml) {
        Plan plan = plan(yaml);
        return rule.check(plan, new ValidationContext(supplied, environment, new SourceText("p.yaml", yaml))).stream()
                .sorted().map(RuleHarness::text).toList();
    }

    /** The same without the plan's text: positions are those of the steps, checks and params. */
    List<String> checkWithoutSource(String yaml) {
        Plan plan = plan(yaml);
        return rule.check(plan, new ValidationContext(supplied, environment, null)).stream()
                .sorted().map(RuleHarness::text).toList();
    }

    static String text(Problem p) {
        return p.toString().substring(p.position().file().length() + 1);
    }

    /** A plan head and one manual step, ready to be extended. */
    static String plan(String head, String steps) {
        return "planrun: 1\nid: t\n" + head + "steps:\n" + steps;
    }
}
