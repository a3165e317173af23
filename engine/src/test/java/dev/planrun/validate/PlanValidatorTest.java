package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    private final PlanLoader loader = new PlanLoader();
    private final PlanValidator validator = new PlanValidator(Map.of());

    private Plan plan(String yaml) {
        LoadResult r = loader.load("p.yaml", yaml, null);
        assertThat(r.problems()).isEmpty();
        return r.plan().orElseThrow();
    }

    private List<String> problems(String yaml) {
        return validator.validate(plan(yaml), null, new SourceText("p.yaml", yaml)).stream().map(RuleHarness::text).toList();
    }

    @Test
    void fixturePlansAreValid() throws Exception {
        for (String name : List.of("design-example.yaml", "every-step-and-check.yaml")) {
            Path file = Path.of(getClass().getResource("/plans/" + name).toURI());
            assertThat(new Validation(loader, validator).of(file).problems()).as(name).isEmpty();
        }
    }

    @Test
    void fieldConstraintsArePlanProblemsNamedAsThePlanWritesThem() {
        assertThat(problems("""
                planrun: 1
                id: Bad_Id
                product: Omero
                params:
                  2port: {type: int}
                connections:
                  db: {url: ""}
                preconditions:
                  - any: []
                  - sql: {connection: db, query: " "}
                steps:
                  - id: -stop
                    type: shell
                    run: []
                    retries: {count: -1}
                  - id: py
                    type: file-copy
                    from: a
                    to: b
                    rollback:
                      type: pip
                      venv: /v
                      packages: ["", ok]
                """)).containsExactly(
                "1:1: error: a plan that names a product or versions declares product, from and to together; missing: from, to",
                "2:5: error: 'id' in the plan must match [a-z0-9][a-z0-9._-]* (lower case letters, digits, '.', '_', '-')",
                "3:10: error: 'product' in the plan must match [a-z0-9][a-z0-9._-]* (lower case letters, digits, '.', '_', '-')",
                "5:3: error: 'name' in param '2port' must match [A-Za-z_][A-Za-z0-9_]* (letters, digits, '_')",
                "7:13: error: connection 'db': a connection needs a url",
                "9:5: error: plan precondition 1: 'any' needs at least one check",
                "10:34: error: plan precondition 2: a sql check needs a query",
                "12:9: error: 'id' in step '-stop' must match [A-Za-z0-9][A-Za-z0-9._-]* (letters, digits, '.', '_', '-')",
                "14:10: error: step '-stop': 'run' needs at least the program to start",
                "15:22: error: 'count' in 'retries' of step '-stop' must be 0 or more",
                "23:17: error: the rollback of step 'py': a package requirement must not be blank");
    }

    @Test
    void problemsOfAllRulesComeSortedByPosition() {
        List<Problem> problems = validator.validate(plan("""
                planrun: 1
                id: t
                steps:
                  - {id: b, needs: [zz], type: manual, instructions: "${nope}"}
                  - {id: b, type: manual, instructions: x}
                  - {id: c, needs: [c], type: manual, instructions: x, timeout: 0s}
                """), null);
        assertThat(problems).isSorted().hasSize(5);
        assertThat(problems).extracting(p -> p.position().line()).containsExactly(4, 4, 5, 6, 6);
    }

    @Test
    void suppliedParamsAreCheckedForRequiredOnes() {
        Plan plan = plan("planrun: 1\nid: t\nparams:\n  db: {type: string, required: true}\nsteps:\n"
                + "  - {id: a, type: manual, instructions: \"${db}\"}\n");
        assertThat(validator.validate(plan, null)).isEmpty();
        assertThat(validator.validate(plan, Map.of())).singleElement().extracting(Problem::message)
                .isEqualTo("parameter 'db' is required: give -p db=VALUE or put it in a --params-file");
        assertThat(validator.validate(plan, Map.of("db", "omero"))).isEmpty();
    }

    @Test
    void aValidatorIsReusedAcrossPlans() {
        for (int i = 0; i < 3; i++) {
            assertThat(problems("planrun: 1\nid: t" + i + "\nsteps:\n  - {id: a, type: manual, instructions: x}\n")).isEmpty();
        }
    }

    @Test
    void preparingInTheBackgroundGivesTheSameProblems() {
        PlanValidator early = new PlanValidator(Map.of());
        early.prepareInBackground();
        early.prepareInBackground();
        Plan plan = plan("planrun: 1\nid: Bad\nsteps:\n  - {id: a, needs: [a], type: manual, instructions: x}\n");
        assertThat(early.validate(plan, null)).isEqualTo(validator.validate(plan, null)).hasSize(2);
    }

    @Test
    void tenThousandStepsValidate() {
        StringBuilder yaml = new StringBuilder("planrun: 1\nid: big\nparams:\n  dir: {type: path, default: /opt}\n"
                + "connections:\n  db: {url: \"jdbc:postgresql://localhost/db\"}\nsteps:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - id: s").append(i).append('\n');
            yaml.append(i == 0 ? "" : "    needs: [s" + (i - 1) + "]\n");
            yaml.append(i % 2 == 0 ? "    type: shell\n    run: [\"${dir}/bin/x\", \"" + i + "\"]\n"
                    : "    type: sql\n    connection: db\n    script: select " + i + "\n");
        }
        assertThat(problems(yaml.toString())).isEmpty();
    }
}
