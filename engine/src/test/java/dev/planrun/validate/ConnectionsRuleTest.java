package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionsRuleTest {

    private final RuleHarness harness = new RuleHarness(new ConnectionsRule());

    @Test
    void stepsChecksAndRollbacksNameDeclaredConnections() {
        assertThat(harness.check("""
                planrun: 1
                id: t
                connections:
                  omero: {url: "jdbc:postgresql://localhost/omero"}
                  other: {url: "jdbc:postgresql://localhost/other"}
                preconditions:
                  - any:
                      - sql: {connection: omero, query: select 1}
                      - sql: {connection: omer, query: select 1}
                steps:
                  - id: up
                    type: sql
                    connection: omero
                    file: up.sql
                    rollback:
                      connection: nope
                      file: down.sql
                """)).containsExactly(
                "9:27: error: check 2 of 'any' in plan precondition 1 uses connection 'omer', which is not declared"
                        + " (did you mean 'omero'?); declared: omero, other",
                "16:19: error: the rollback of step 'up' uses connection 'nope', which is not declared; declared: omero, other");
    }

    @Test
    void aPlanWithoutConnectionsSaysSo() {
        assertThat(harness.check(RuleHarness.plan("", "  - {id: a, type: sql, connection: db, script: select 1}\n")))
                .containsExactly("4:36: error: step 'a' uses connection 'db', which is not declared;"
                        + " the plan declares no connections (add them under 'connections:')");
    }
}
