package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsRuleTest {

    private final RuleHarness harness = new RuleHarness(new ParamsRule());

    private static String plan(String params) {
        return RuleHarness.plan("params:\n" + params, "  - {id: a, type: manual, instructions: x}\n");
    }

    @Test
    void defaultsFitTheirType() {
        assertThat(harness.check(plan("""
                  port: {type: int, default: 5432}
                  neg: {type: int, default: -1}
                  flag: {type: bool, default: yes}
                  dir: {type: path, default: /opt}
                  items: {type: list, default: [a, b]}
                  csv: {type: list, default: "a, b"}
                  ref: {type: int, default: "${port}"}
                  pick: {type: string, default: b, choices: [a, b]}
                """))).isEmpty();
        assertThat(harness.check(plan("""
                  port: {type: int, default: 54x}
                  flag: {type: bool, default: maybe}
                  one: {type: string, default: [a, b]}
                  pick: {type: list, default: [a, c], choices: [a, b]}
                """))).containsExactly(
                "4:30: error: default of param 'port': expected a whole number, got '54x'",
                "5:31: error: default of param 'flag': expected true or false, got 'maybe'",
                "6:32: error: default of param 'one': a list, but the param is of type string (use type: list)",
                "7:31: error: default of param 'pick': expected one of a, b, got 'c'");
    }

    @Test
    void secretsNeverHaveALiteralDefault() {
        assertThat(harness.check(plan("""
                  pw: {type: secret, default: hunter2}
                  from_env: {type: secret, default: "${env:DB_PASS}"}
                  by_env: {type: secret, env: DB_PASS}
                  empty: {type: secret, env: DB_PASS, default: ""}
                """))).containsExactly("4:31: error: param 'pw' is a secret, so its value never belongs in the plan;"
                + " drop the default and use env: NAME, -p or a params file");
    }

    @Test
    void envNamesChoicesAndRequiredDefaults() {
        assertThat(harness.check(plan("""
                  a: {type: string, env: MY-VAR}
                  b: {type: bool, choices: ["true"]}
                  c: {type: string, required: true, default: x}
                """))).containsExactly(
                "4:26: error: 'env' of param 'a': 'MY-VAR' is not an environment variable name (letters, digits, '_')",
                "5:28: error: 'choices' of param 'b': a bool param takes no choices",
                "6:3: warning: param 'c' is required but has a default, so it is never missing; drop one of them");
    }

    @Test
    void requiredParamsAreCheckedOnlyWhenValuesAreSupplied() {
        String plan = plan("""
                  name: {type: string, required: true}
                  pw: {type: secret, required: true, env: DB_PASS}
                  port: {type: int}
                """);
        assertThat(harness.check(plan)).isEmpty();
        assertThat(harness.supplied(Map.of()).check(plan)).containsExactly(
                "4:3: error: parameter 'name' is required: give -p name=VALUE or put it in a --params-file",
                "5:3: error: parameter 'pw' is required: give -p pw=VALUE or put it in a --params-file, or set DB_PASS");
        assertThat(harness.supplied(Map.of("name", "omero")).environment(Map.of("DB_PASS", "x")).check(plan)).isEmpty();
    }

    @Test
    void suppliedValuesFitTheirTypeAndSecretsAreNotShown() {
        assertThat(harness.supplied(Map.of("port", "many", "pick", "c", "pw", "c", "one", List.of("x"))).check(plan("""
                  port: {type: int}
                  pick: {type: string, choices: [a, b]}
                  pw: {type: secret, choices: [a]}
                  one: {type: string}
                """))).containsExactly(
                "4:3: error: the value given for param 'port': expected a whole number, got 'many'",
                "5:3: error: the value given for param 'pick': expected one of a, b, got 'c'",
                "6:3: error: the value given for param 'pw': expected one of a, got '******'",
                "6:31: error: 'choices' of param 'pw': a secret param takes no choices",
                "7:3: error: the value given for param 'one': a list, but the param is of type string (use type: list)");
    }
}
