package dev.planrun.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Chain;
import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.Expect;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamType;
import dev.planrun.model.PipStep;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {

    private final PlanLoader loader = new PlanLoader();

    private Plan load(String yaml) {
        LoadResult r = loader.load("p.yaml", yaml, null);
        assertThat(r.problems()).isEmpty();
        return r.plan().orElseThrow();
    }

    private Plan fixture(String name) throws Exception {
        LoadResult r = loader.load(Path.of(getClass().getResource("/plans/" + name).toURI()));
        assertThat(r.problems()).isEmpty();
        return r.plan().orElseThrow();
    }

    @Test
    void designExampleLoads() throws Exception {
        Plan plan = fixture("design-example.yaml");
        assertThat(plan.id()).isEqualTo("omero-server-5.3-to-5.4");
        assertThat(plan.from()).isEqualTo("5.3");
        assertThat(plan.params()).containsKeys("omero_dir", "db_name", "db_password");
        assertThat(plan.params().get("db_password").type()).isEqualTo(ParamType.SECRET);
        assertThat(plan.params().get("db_password").env()).isEqualTo("OMERO_DB_PASS");
        assertThat(plan.params().get("db_name").required()).isTrue();
        assertThat(plan.connections().get("omero").url()).isEqualTo("jdbc:postgresql://${db_host}:${db_port}/${db_name}");
        Check.SqlCheck pre = (Check.SqlCheck) plan.preconditions().get(0);
        assertThat(pre.meta().id()).isEqualTo("db-version");
        assertThat(pre.expect()).isEqualTo(Expect.equalTo("OMERO5.3__1"));
        ShellStep stop = (ShellStep) plan.step("stop-server").orElseThrow();
        assertThat(stop.common().needs()).containsExactly("precheck");
        assertThat(stop.run()).containsExactly("${omero_dir}/bin/omero", "admin", "stop");
        // an inline rollback without 'type' is of its step's type
        Step body = ((Rollback.Inline) stop.common().rollback()).body();
        assertThat(body).isInstanceOf(ShellStep.class);
        assertThat(((ShellStep) body).run()).containsExactly("${omero_dir}/bin/omero", "admin", "start");
    }

    @Test
    void everyStepTypeAndCheckKindBinds() throws Exception {
        Plan plan = fixture("every-step-and-check.yaml");
        assertThat(plan.steps()).extracting(Step::type).contains("sql", "shell", "file-copy", "pip", "config-set", "manual");
        assertThat(plan.onFailure()).isEqualTo(OnFailure.ROLLBACK);
        assertThat(plan.params().get("extra_args").defaultValue()).isEqualTo(List.of("--verbose", "--keep"));
        assertThat(plan.params().get("edition").choices()).containsExactly("community", "enterprise");
        assertThat(plan.params()).doesNotContainKey("x-unused");
        assertThat(plan.from()).isEqualTo("5.3");

        ShellStep dump = (ShellStep) plan.step("dump-db").orElseThrow();
        assertThat(dump.common().timeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(dump.common().retries().count()).isEqualTo(2);
        assertThat(dump.common().retries().delay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(dump.common().rollback()).isEqualTo(Rollback.NONE);
        assertThat(dump.env()).containsEntry("PGHOST", "${db_host}");

        SqlStep precheck = (SqlStep) plan.step("precheck").orElseThrow();
        assertThat(precheck.transaction()).isEqualTo(SqlStep.Transaction.NONE);
        assertThat(precheck.client()).isEqualTo(SqlStep.SqlClient.PSQL);
        assertThat(precheck.vars()).containsEntry("ACTION", "'ABORT'");

        FileCopyStep install = (FileCopyStep) plan.step("install-release").orElseThrow();
        assertThat(install.mode()).isEqualTo(FileCopyStep.Mode.EXTRACT);
        assertThat(install.overwrite()).isEqualTo(FileCopyStep.Overwrite.BACKUP);
        assertThat(install.common().when()).isInstanceOf(Check.NotCheck.class);
        assertThat(((FileCopyStep) plan.step("link-release").orElseThrow()).overwrite()).isEqualTo(FileCopyStep.Overwrite.TRUE);
        assertThat(plan.step("link-release").orElseThrow().common().chain()).isEqualTo(Chain.ONCE_LAST);

        ConfigSetStep json = (ConfigSetStep) plan.step("set-json").orElseThrow();
        assertThat(json.value()).isEqualTo("false");
        assertThat(((ConfigSetStep) plan.step("set-properties").orElseThrow()).unset()).isTrue();

        ManualStep confirm = (ManualStep) plan.step("confirm-backup").orElseThrow();
        assertThat(confirm.common().extensions()).containsEntry("x-ticket", "CHG-1234");
        assertThat(confirm.common().source()).isEqualTo("Upgrade, step 1");

        Check.SqlCheck migration = (Check.SqlCheck) plan.step("wait-for-migration").orElseThrow().common().preconditions().get(0);
        assertThat(migration.meta().polling().timeout()).isEqualTo(Duration.ofHours(2));
        assertThat(migration.meta().polling().interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(migration.meta().onFail()).isEqualTo(CheckMeta.OnFail.WARN);

        Check.AllCheck all = (Check.AllCheck) plan.preconditions().get(1);
        assertThat(all.checks()).hasSize(2);
        Check.CommandCheck java = (Check.CommandCheck) all.checks().get(0);
        assertThat(java.expect().exitCode()).isZero();
        assertThat(java.env()).containsEntry("LC_ALL", "C");
        Check.AnyCheck any = (Check.AnyCheck) all.checks().get(1);
        assertThat(any.checks().get(1)).isInstanceOf(Check.NotCheck.class);
        Check.SqlCheck version = (Check.SqlCheck) plan.preconditions().get(3);
        assertThat(version.expect()).isEqualTo(new Expect(null, null, "9.6", "16", true, null, 1));
    }

    @Test
    void defaultsFollowTheFormat() {
        Plan plan = load("""
                planrun: 1
                id: d
                steps:
                  - {id: s, type: sql, connection: db, script: select 1}
                  - {id: sh, type: shell, run: [ls]}
                  - {id: m, type: manual, instructions: look}
                  - {id: f, type: file-copy, from: a, to: b}
                  - {id: c, type: config-set, format: ini, file: a.ini, key: k, value: v}
                  - {id: p, type: pip, venv: /v, packages: [x]}
                preconditions:
                  - param: x
                """);
        assertThat(plan.onFailure()).isEqualTo(OnFailure.STOP);
        assertThat(plan.steps()).extracting(s -> s.common().rollback()).containsExactly(Rollback.UNDECLARED,
                Rollback.UNDECLARED, Rollback.UNDECLARED, Rollback.AUTO, Rollback.AUTO, Rollback.AUTO);
        SqlStep sql = (SqlStep) plan.steps().get(0);
        assertThat(sql.transaction()).isEqualTo(SqlStep.Transaction.AUTO);
        assertThat(sql.client()).isEqualTo(SqlStep.SqlClient.JDBC);
        FileCopyStep copy = (FileCopyStep) plan.steps().get(3);
        assertThat(copy.mode()).isEqualTo(FileCopyStep.Mode.COPY);
        assertThat(copy.overwrite()).isEqualTo(FileCopyStep.Overwrite.FALSE);
        assertThat(copy.preserve()).isFalse();
        assertThat(copy.stripComponents()).isZero();
        assertThat(((ShellStep) plan.steps().get(1)).successCodes()).containsExactly(0);
        assertThat(((PipStep) plan.steps().get(5)).upgrade()).isFalse();
        Check check = plan.preconditions().get(0);
        assertThat(check.meta().onFail()).isEqualTo(CheckMeta.OnFail.HALT);
        assertThat(((Check.ParamCheck) check).expect()).isEqualTo(Expect.DEFAULT);
        assertThat(plan.params().isEmpty()).isTrue();
        assertThat(plan.steps().get(0).common().chain()).isEqualTo(Chain.EVERY_HOP);
    }

    @Test
    void positionsPointAtWhatWasWritten() {
        Plan plan = load("planrun: 1\nid: d\nparams:\n  port: {type: int, default: 5432}\nsteps:\n  - id: a\n    type: manual\n    instructions: x\n");
        assertThat(plan.position()).isEqualTo(Position.of("p.yaml", 1, 1));
        assertThat(plan.params().get("port").position()).isEqualTo(Position.of("p.yaml", 4, 3));
        assertThat(plan.steps().get(0).position()).isEqualTo(Position.of("p.yaml", 6, 5));
    }

    @Test
    void numbersAndBooleansKeepTheirWrittenText() {
        Plan plan = load("planrun: 1\nid: d\nfrom: 5.10\nto: 5.2\nsteps:\n  - {id: a, type: config-set, format: ini, file: f, key: k, value: yes}\n");
        assertThat(plan.from()).isEqualTo("5.10");
        assertThat(((ConfigSetStep) plan.steps().get(0)).value()).isEqualTo("yes");
    }

    @Test
    void textPlansGetTheirDirectoryFromTheBaseDirectory() {
        String yaml = "planrun: 1\nid: d\nsteps:\n  - {id: a, type: manual, instructions: x}\n";
        Plan withDir = loader.load("catalog/omero/a.yaml", yaml, Path.of("/srv/plans")).plan().orElseThrow();
        assertThat(withDir.source()).isEqualTo(Path.of("/srv/plans/a.yaml"));
        assertThat(withDir.directory()).isEqualTo(Path.of("/srv/plans"));
        Plan without = loader.load("catalog/omero/a.yaml", yaml, null).plan().orElseThrow();
        assertThat(without.source()).isNull();
        assertThat(without.position().file()).isEqualTo("catalog/omero/a.yaml");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertThat(loader.load("p.yaml", "\uFEFFplanrun: 1\nid: d\nsteps:\n  - {id: a, type: manual, instructions: x}\n", null)
                .ok()).isTrue();
    }

    @Test
    void extensionKeysAreKeptInOrderWithTheirValues() {
        Plan plan = load("planrun: 1\nid: d\nx-top: ignored\nsteps:\n  - id: a\n    type: manual\n    instructions: x\n"
                + "    x-b: [1, two]\n    x-a: {k: true}\n    x-empty:\n");
        var ext = plan.steps().get(0).common().extensions();
        assertThat(ext.keySet()).containsExactly("x-b", "x-a", "x-empty");
        assertThat(ext.get("x-b")).isEqualTo(List.of("1", "two"));
        assertThat(ext.get("x-a")).isEqualTo(java.util.Map.of("k", true));
        assertThat(ext.get("x-empty")).isNull();
    }

    @Test
    void allProblemsOfAFileAreFoundInOnePass() {
        LoadResult r = loader.load("p.yaml", """
                planrun: 1
                id: d
                tittle: x
                steps:
                  - {id: a, type: shel, run: [ls]}
                  - {id: b, type: shell, run: ls}
                  - {id: c, type: manual, instructions: x, timeout: soon}
                """, null);
        assertThat(r.plan()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.position().line()).containsExactly(3, 5, 6, 7);
    }

    @Test
    void stripComponentsIsAWholeNumberForExtractsOnly() {
        FileCopyStep extract = (FileCopyStep) load("""
                planrun: 1
                id: d
                steps:
                  - {id: f, type: file-copy, mode: extract, from: a.zip, to: b, strip-components: 1}
                """).steps().get(0);
        assertThat(extract.stripComponents()).isEqualTo(1);
        LoadResult r = loader.load("p.yaml", """
                planrun: 1
                id: d
                steps:
                  - {id: f, type: file-copy, from: a, to: b, strip-components: 1}
                  - {id: g, type: file-copy, mode: extract, from: a.zip, to: b, strip-components: two}
                """, null);
        assertThat(r.problems()).extracting(p -> p.position().line()).containsExactly(4, 5);
        assertThat(r.problems().get(0).message()).contains("only an extract");
    }
}
