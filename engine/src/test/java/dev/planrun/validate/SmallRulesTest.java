package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-concern rules: sql vars, durations, regexes, param checks. */
class SmallRulesTest {

    @Test
    void sqlVarNamesArePsqlNames() {
        RuleHarness h = new RuleHarness(new SqlVarsRule());
        String head = "connections:\n  db: {url: \"jdbc:postgresql://h/db\"}\n";
        assertThat(h.check(RuleHarness.plan(head, "  - {id: a, type: sql, connection: db, script: x, vars: {ACTION: \"'A'\", _b2: c}}\n")))
                .isEmpty();
        assertThat(h.check(RuleHarness.plan(head, "  - {id: a, type: sql, connection: db, script: x, vars: {2x: a, my-var: b}}\n")))
                .containsExactly(
                        "6:58: error: 'vars' in step 'a': '2x' is not a psql variable name (letters, digits and '_', not starting with a digit)",
                        "6:65: error: 'vars' in step 'a': 'my-var' is not a psql variable name (letters, digits and '_', not starting with a digit)");
    }

    @Test
    void durationsAreLongerThanZeroAndPollingFitsItsTimeout() {
        RuleHarness h = new RuleHarness(new DurationsRule());
        assertThat(h.check(RuleHarness.plan("", """
                  - id: a
                    type: manual
                    instructions: x
                    timeout: 0s
                    preconditions:
                      - param: p
                        wait: {timeout: 1m, interval: 5m}
                      - param: p
                        wait: {timeout: 10m, interval: 30s}
                """))).containsExactly(
                "7:14: error: 'timeout' of step 'a' must be longer than 0s",
                "10:9: error: 'wait' of precondition 1 of step 'a': the interval is longer than the timeout,"
                        + " so the check would be tried only once");
    }

    @Test
    void regexesCompileUnlessTheyHoldReferences() {
        RuleHarness h = new RuleHarness(new RegexRule());
        assertThat(h.check(RuleHarness.plan("", """
                  - id: a
                    type: shell
                    run: [x]
                    expect-output: "[unclosed"
                    preconditions:
                      - command: {run: [x]}
                        expect: {matches: "a{2,1}"}
                      - command: {run: [x]}
                        expect: {matches: "${pattern}("}
                """))).containsExactly(
                "7:20: error: 'expect-output' in step 'a' is not a valid regular expression: Unclosed character class at character 9",
                "10:27: error: 'matches' in precondition 1 of step 'a' is not a valid regular expression:"
                        + " Illegal repetition range at character 6");
    }

    @Test
    void paramChecksNameDeclaredParams() {
        RuleHarness h = new RuleHarness(new ParamChecksRule());
        assertThat(h.check(RuleHarness.plan("params:\n  virtual_dir: {type: bool, default: false}\n", """
                  - id: a
                    type: manual
                    instructions: x
                    when: {param: virtual_dir}
                    preconditions:
                      - {id: vd, param: virtualdir}
                """))).containsExactly(
                "11:25: error: check 'vd' looks at param 'virtualdir', which the plan does not declare (did you mean 'virtual_dir'?)");
    }

    @Test
    void irreversibleStepsAreListedInOrder() {
        RuleHarness h = new RuleHarness(new SqlVarsRule());
        assertThat(IrreversibleSteps.of(h.plan(RuleHarness.plan("", """
                  - {id: a, type: shell, run: [x], rollback: none}
                  - {id: b, type: shell, run: [x]}
                  - {id: c, type: file-copy, from: a, to: b, rollback: none}
                  - {id: d, type: file-copy, from: a, to: b}
                """)))).containsExactly("a", "c");
    }
}
