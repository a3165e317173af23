package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan with loading errors still gets the plan-wide rules on what loaded, in the same pass;
 * what failed to load is told apart from what is missing, so no problem is a mere echo of another.
 */
class OnePassValidationTest {

    private final Validation validation = new Validation(new PlanLoader(), new PlanValidator(Map.of()));

    private List<String> problems(String yaml) {
        LoadResult r = validation.of("p.yaml", yaml, null, null);
        assertThat(r.plan()).as("a plan with errors is never handed on").isEmpty();
        return r.problems().stream().map(OnePassValidationTest::text).toList();
    }

    private static String text(Problem p) {
        return p.toString().substring(p.position().file().length() + 1);
    }

    @Test
    void loadingAndPlanWideProblemsComeInOnePassSortedByPosition() {
        assertThat(problems("""
                planrun: 1
                id: one-pass
                params:
                  dir: {type: path, default: /opt}
                steps:
                  - id: a
                    type: shell
                    run: [ls, "${dir}"]
                    timout: 5m
                  - id: b
                    type: manual
                    needs: [c]
                    instructions: look
                  - id: c
                    type: manual
                    needs: [b, ghost]
                    instructions: "see ${params.nope}"
                """)).containsExactly(
                "9:5: error: unknown key 'timout' in step 'a' (did you mean 'timeout'?)",
                "10:5: error: these steps need each other in a cycle, so none can run first: b -> c -> b",
                "16:16: error: step 'c' needs 'ghost', but the plan has no step with that id",
                "17:24: error: 'instructions' in step 'c': ${params.nope} is not a parameter of this plan;"
                        + " a reference names a param, env:NAME, plan.dir, run.dir or run.id");
    }

    @Test
    void aStepThatNeedsABrokenStepGetsOnlyTheBrokenStepsProblem() {
        assertThat(problems("""
                planrun: 1
                id: broken
                steps:
                  - id: b
                    type: shel
                    run: [omero, admin, stop]
                  - id: c
                    type: manual
                    needs: [b]
                    instructions: look
                """)).containsExactly("5:11: error: 'type' in step 'b': unknown step type 'shel' (did you mean 'shell'?);"
                + " the types are sql, shell, file-copy, pip, config-set, manual");
    }

    @Test
    void aFieldThatFailedToLoadIsNotReportedAgainByTheConstraints() {
        assertThat(problems("""
                planrun: 1
                id: broken
                steps:
                  - id: b
                    type: manual
                    instrutions: look
                  - id: c
                    type: manual
                    needs: [b]
                    instructions: look
                """)).containsExactly("6:5: error: unknown key 'instrutions' in step 'b' (did you mean 'instructions'?)");
    }

    @Test
    void whenAStepHasNoReadableIdNoNeedsIsCalledMissing() {
        assertThat(problems("""
                planrun: 1
                id: unnamed
                steps:
                  - type: manual
                    instructions: look
                  - id: c
                    type: manual
                    needs: [b]
                    instructions: look
                """)).containsExactly("4:5: error: missing required key 'id' in step #1 (a unique name other steps can list in 'needs')");
    }

    @Test
    void aDroppedStepStillCountsForUniqueIds() {
        assertThat(problems("""
                planrun: 1
                id: twice
                steps:
                  - id: a
                    type: manual
                    instructions: look
                  - id: a
                    type: sheel
                """)).containsExactly(
                "7:9: error: step id 'a' is used twice (first at 4:9); step ids must be unique",
                "8:11: error: 'type' in step 'a': unknown step type 'sheel' (did you mean 'shell'?);"
                        + " the types are sql, shell, file-copy, pip, config-set, manual");
    }

    @Test
    void aReferenceToAParamThatFailedToLoadIsNotUnresolvable() {
        assertThat(problems("""
                planrun: 1
                id: params
                params:
                  dir: /opt
                  port: {type: int, default: 5432}
                steps:
                  - id: a
                    type: shell
                    run: [ls, "${dir}", "${port}", "${prot}"]
                    when: {param: dir, expect: /opt}
                """)).containsExactly(
                "4:8: error: param 'dir': expected a mapping like {type: string, default: ...}, got a string",
                "9:37: error: 'run' in step 'a': ${prot} is not a parameter of this plan (did you mean 'port'?);"
                        + " a reference names a param, env:NAME, plan.dir, run.dir or run.id");
    }

    @Test
    void whenTheParamsSectionFailedNoReferenceIsJudged() {
        assertThat(problems("""
                planrun: 1
                id: params
                params: [dir]
                steps:
                  - id: a
                    type: shell
                    run: [ls, "${dir}"]
                """)).containsExactly("3:9: error: 'params' in the plan: expected a mapping, got a list");
    }

    @Test
    void aParamWhoseTypeFailedIsNotJudgedByTheDefaultType() {
        assertThat(problems("""
                planrun: 1
                id: params
                params:
                  dirs: {type: lst, default: [/a, /b]}
                steps:
                  - id: a
                    type: manual
                    instructions: look
                """)).containsExactly("4:16: error: 'type' in param 'dirs': expected one of string, int, bool, path, secret,"
                + " list, got 'lst' (did you mean 'list'?)");
    }

    @Test
    void aConnectionThatFailedToLoadIsNotUndeclared() {
        assertThat(problems("""
                planrun: 1
                id: conn
                connections:
                  db: jdbc:postgresql://localhost/db
                steps:
                  - id: a
                    type: sql
                    connection: db
                    script: select 1
                  - id: b
                    type: sql
                    connection: dbb
                    script: select 1
                """)).containsExactly(
                "4:7: error: connection 'db': expected a mapping with url, user, password, got a string",
                "12:17: error: step 'b' uses connection 'dbb', which is not declared");
    }

    @Test
    void aBadVersionFieldIsNotAlsoMissing() {
        assertThat(problems("""
                planrun: 1
                id: versions
                product: omero-server
                from: [5.3]
                to: "5.4"
                steps:
                  - id: a
                    type: manual
                    instructions: look
                """)).containsExactly("4:7: error: 'from' in the plan: expected a string, got a list");
    }
}
