package dev.planrun.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.check.CheckResult.Status;
import dev.planrun.interp.Scope;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Expect;
import dev.planrun.model.Position;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL checks on a real PostgreSQL, command checks with real programs. */
class CheckEvaluatorIT {

    private static DatabaseTarget db;

    @TempDir
    Path dir;

    private final CheckEvaluator evaluator = new CheckEvaluator();

    @BeforeAll
    static void database() throws SQLException {
        db = TestPostgres.get().createDatabase("checks");
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute("create table dbpatch (id serial primary key, currentversion text, currentpatch int)");
            s.execute("insert into dbpatch (currentversion, currentpatch) values ('OMERO5.2', 0), ('OMERO5.3', 1)");
            s.execute("create table audit (note text)");
            s.execute("create function remember() returns int language plpgsql as "
                    + "$$ begin insert into audit values ('written'); return 1; end $$");
        }
    }

    private CheckContext context() {
        ConnectionSpec spec = new ConnectionSpec("omero", db.url(), db.user(), db.password(), Position.NONE);
        return new CheckContext(new Scope(Map.of(), Map.of(), Map.of(), Set.of()),
                new DriverConnector(Map.of("omero", spec)), new CommonsExecProcessRunner(System.getenv()), dir,
                null, null, false, Duration.ofSeconds(20));
    }

    private CheckResult sql(String query, Expect expect) {
        return evaluator.evaluate(new SqlCheck(CheckMeta.at(Position.NONE), "omero", query, expect), context());
    }

    private CheckResult command(List<String> argv, Expect expect) {
        return evaluator.evaluate(new CommandCheck(CheckMeta.at(Position.NONE), argv, null, null, expect), context());
    }

    @Test
    void sqlChecksCompareTheFirstValueAndCountRows() {
        String version = "select currentversion||'__'||currentpatch from dbpatch order by id desc limit 1";
        assertThat(sql(version, Expect.equalTo("OMERO5.3__1")).status()).isEqualTo(Status.HOLDS);
        CheckResult old = sql(version, new Expect(null, null, "OMERO5.4__0", null, null, null, null));
        assertThat(old.status()).isEqualTo(Status.FAILS);
        assertThat(old.detail()).isEqualTo("expected at least OMERO5.4__0, found OMERO5.3__1");
        assertThat(sql("select * from dbpatch", new Expect(null, null, null, null, null, null, 2)).status())
                .isEqualTo(Status.HOLDS);
        assertThat(sql("select 1 where false", null).status()).isEqualTo(Status.FAILS);
        assertThat(sql("select 1 = 1", Expect.equalTo("true")).status()).isEqualTo(Status.HOLDS);
        assertThat(sql("select current_setting('application_name')", Expect.equalTo("planrun")).status())
                .isEqualTo(Status.HOLDS);
    }

    @Test
    void aCheckCanNeverChangeTheDatabase() throws SQLException {
        CheckResult insert = sql("with x as (insert into audit values ('sneaky') returning 1) select * from x", null);
        CheckResult function = sql("select remember()", null);
        assertThat(insert.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(insert.detail()).contains("read-only transaction");
        assertThat(function.status()).isEqualTo(Status.NOT_EVALUATED);
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from audit")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aBadQueryIsNotEvaluatedAndSaysWhy() {
        CheckResult r = sql("select nope from dbpatch", null);
        assertThat(r.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(r.detail()).startsWith("the query failed: ERROR: column \"nope\" does not exist");
    }

    @Test
    void commandChecksUseTheTrimmedOutputAndTheExitCode() {
        assertThat(command(List.of("sh", "-c", "echo '  5.4.10 '"), new Expect(null, null, "5.4", "5.6", null, null, null))
                .status()).isEqualTo(Status.HOLDS);
        CheckResult failed = command(List.of("sh", "-c", "echo no server >&2; exit 3"), null);
        assertThat(failed.status()).isEqualTo(Status.FAILS);
        assertThat(failed.detail()).isEqualTo("expected exit code 0, found 3 (output: no server)");
        assertThat(command(List.of("sh", "-c", "exit 3"), new Expect(null, null, null, null, null, 3, null)).status())
                .isEqualTo(Status.HOLDS);
        assertThat(command(List.of("printf", "%s", "a;b c"), Expect.equalTo("a;b c")).status()).isEqualTo(Status.HOLDS);
    }

    @Test
    void aProgramThatCannotStartIsNotEvaluated() {
        CheckResult r = command(List.of(dir.resolve("no-such-program").toString()), null);
        assertThat(r.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(r.detail()).startsWith("could not run " + dir.resolve("no-such-program"));
    }
}
