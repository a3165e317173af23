package dev.planrun.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.Fixtures;
import dev.planrun.sql.Fixtures.Fixture;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.psql.PsqlScriptRunner;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture runs through {@code psql -X -v ON_ERROR_STOP=1 -f} on one fresh database and
 * through planrun on another (batched, again unbatched, and with {@code client: psql}); the
 * {@code pg_dump} outputs must be identical, and what psql printed planrun prints too (banners,
 * notices).
 */
class ScriptEquivalenceIT {

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void planrunLeavesTheDatabaseAsPsqlDoes(Fixture f) throws Exception {
        TestPostgres pg = TestPostgres.get();
        DatabaseTarget byPsql = pg.createDatabase("psql");
        DatabaseTarget byPlanrun = pg.createDatabase("planrun");
        DatabaseTarget unbatched = pg.createDatabase("unbatched");
        DatabaseTarget client = pg.createDatabase("client");
        try {
            Fixtures.setUp(byPsql, f);
            Fixtures.setUp(byPlanrun, f);
            Fixtures.setUp(unbatched, f);
            Fixtures.setUp(client, f);

            PgTools.Output psql = Fixtures.psql(byPsql, f.scriptPath(), f.vars());
            assertThat(psql.exitCode()).as(psql.stderr()).isZero();

            List<ScriptNotice> notices = new ArrayList<>();
            ScriptListener listener = new ScriptListener() {
                @Override
                public void notice(ScriptNotice notice) {
                    notices.add(notice);
                }
            };
            ScriptOptions options = ScriptOptions.defaults().withVariables(f.vars());
            ScriptResult result = Fixtures.planrun(byPlanrun, SqlScript.file(f.scriptPath()), options, listener);
            assertThat(result.error()).isEmpty();
            assertThat(result.succeeded()).isTrue();
            ScriptResult plain = Fixtures.planrun(unbatched, SqlScript.file(f.scriptPath()),
                    options.withBatching(false), ScriptListener.NONE);
            assertThat(plain.succeeded()).as("%s", plain.error()).isTrue();
            assertThat(plain.statementsExecuted()).isEqualTo(result.statementsExecuted());
            ScriptResult viaPsql = PsqlScriptRunner.withInstalledPsql(client, ScriptListener.NONE)
                    .run(SqlScript.file(f.scriptPath()), options);
            assertThat(viaPsql.succeeded()).as("%s", viaPsql.error()).isTrue();
            assertThat(viaPsql.statementsExecuted()).isEqualTo(result.statementsExecuted());
            assertThat(viaPsql.committed()).isEqualTo(result.committed());

            PgTools tools = PgTools.forTests();
            String expected = tools.dump(byPsql);
            assertThat(tools.dump(byPlanrun)).isEqualTo(expected);
            assertThat(tools.dump(unbatched)).isEqualTo(expected);
            assertThat(tools.dump(client)).isEqualTo(expected);

            for (String line : psql.stdout().lines().toList()) {
                if (line.contains("YOU HAVE") || line.contains("YOUR DATABASE IS READY")) {
                    assertThat(result.output()).contains(line);
                    assertThat(viaPsql.output()).contains(line);
                }
            }
            for (String line : psql.stderr().lines().toList()) {
                int at = line.indexOf("NOTICE:  ");
                if (at >= 0) {
                    assertThat(notices).extracting(ScriptNotice::message).contains(line.substring(at + 9));
                }
            }
        } finally {
            pg.dropDatabase(byPsql);
            pg.dropDatabase(byPlanrun);
            pg.dropDatabase(unbatched);
            pg.dropDatabase(client);
        }
    }
}
