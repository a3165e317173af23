package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesRuleTest {

    private final RuleHarness harness = new RuleHarness(new ReferencesRule());

    private static final String PARAMS = "params:\n  dir: {type: path, default: /opt}\n  base: {type: path, default: \"${dir}/base\"}\n";

    @Test
    void paramsEnvironmentAndBuiltinsResolve() {
        assertThat(harness.check(RuleHarness.plan(PARAMS, """
                  - id: a
                    type: shell
                    run: ["${dir}/bin/x", "${env:HOME}", "${plan.dir}", "${run.dir}", "${run.id}", "${ base }"]
                    script: null
                """.replace("    script: null\n", "")))).isEmpty();
    }

    @Test
    void escapedReferencesAreLiterals() {
        assertThat(harness.check(RuleHarness.plan("", """
                  - id: a
                    type: shell
                    script: |
                      echo "$${HOME} costs $$${PATH}"
                """))).isEmpty();
    }

    @Test
    void unknownNamesArePointedAtExactlyWithASuggestion() {
        assertThat(harness.check(RuleHarness.plan(PARAMS, """
                  - id: a
                    type: shell
                    run: [ls, "${dri}", "${dri}"]
                """))).containsExactly(
                "9:16: error: 'run' in step 'a': ${dri} is not a parameter of this plan (did you mean 'dir'?);"
                        + " a reference names a param, env:NAME, plan.dir, run.dir or run.id",
                "9:26: error: 'run' in step 'a': ${dri} is not a parameter of this plan (did you mean 'dir'?);"
                        + " a reference names a param, env:NAME, plan.dir, run.dir or run.id");
    }

    @Test
    void withoutTheTextTheOwnerIsPointedAt() {
        assertThat(harness.checkWithoutSource(RuleHarness.plan(PARAMS, "  - {id: a, type: manual, instructions: \"${nope}\"}\n")))
                .singleElement().asString().startsWith("7:5: error: 'instructions' in step 'a': ${nope}");
    }

    @Test
    void brokenReferences() {
        assertThat(harness.check(RuleHarness.plan("", """
                  - id: a
                    type: shell
                    run: [echo, "${}", "${env:A-B}", "${open"]
                """))).containsExactly(
                "6:18: error: 'run' in step 'a': ${} names nothing; write ${param}, ${env:NAME}, ${plan.dir}, ${run.dir} or ${run.id}",
                "6:25: error: 'run' in step 'a': ${env:A-B}: 'A-B' is not an environment variable name (letters, digits, '_')",
                "6:39: error: 'run' in step 'a': '${' is not closed; close it with '}', or write $${ for a literal ${");
    }

    @Test
    void upperCaseNamesGetTheEnvironmentOrShellHint() {
        assertThat(harness.check(RuleHarness.plan("", """
                  - id: a
                    type: shell
                    script: cd ${HOME}
                    cwd: ${TMPDIR}
                """))).containsExactly(
                "6:16: error: 'script' in step 'a': ${HOME} is not a parameter of this plan (a shell variable is written"
                        + " $${HOME}; an environment variable planrun reads, ${env:HOME}); a reference names a param,"
                        + " env:NAME, plan.dir, run.dir or run.id",
                "7:10: error: 'cwd' in step 'a': ${TMPDIR} is not a parameter of this plan (an environment variable is"
                        + " written ${env:TMPDIR}); a reference names a param, env:NAME, plan.dir, run.dir or run.id");
    }

    @Test
    void checksConnectionsParamDefaultsAndRollbacksAreScannedToo() {
        assertThat(harness.check("""
                planrun: 1
                id: t
                params:
                  p: {type: string, default: "${q1}"}
                connections:
                  db: {url: "jdbc:postgresql://${q2}/db"}
                preconditions:
                  - all:
                      - file: {path: "${q3}"}
                        expect: {exists: true}
                steps:
                  - id: a
                    type: file-copy
                    from: x
                    to: y
                    when: {param: p, expect: {matches: "${q4}"}}
                    rollback:
                      type: shell
                      run: ["${q5}"]
                """)).extracting(s -> s.substring(0, s.indexOf(" is not"))).containsExactly(
                "4:31: error: 'default' in param 'p': ${q1}",
                "6:32: error: 'url' in connection 'db': ${q2}",
                "9:23: error: 'path' in check 1 of 'all' in plan precondition 1: ${q3}",
                "16:41: error: 'matches' in 'when' of step 'a': ${q4}",
                "19:14: error: 'run' in the rollback of step 'a': ${q5}");
    }

    @Test
    void identifiersAreNeverScanned() {
        assertThat(harness.check(RuleHarness.plan("description: \"${not_checked}\"\n",
                "  - {id: a, type: manual, instructions: x, tags: [\"${t}\"], source: \"${s}\"}\n"))).isEmpty();
    }
}
