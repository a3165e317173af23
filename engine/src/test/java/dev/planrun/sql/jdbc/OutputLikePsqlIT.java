package dev.planrun.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.Fixtures;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.testkit.FreshDatabaseExtension;
import dev.planrun.testkit.PgTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Query results, {@code \echo} and COPY TO STDOUT print exactly as {@code psql -q} prints them. */
@ExtendWith(FreshDatabaseExtension.class)
class OutputLikePsqlIT {

    private static final String SCRIPT = """
            CREATE TABLE p (id int, name text, size numeric, note text, ok boolean);
            INSERT INTO p VALUES (1, 'a', 1.5, NULL, true), (100, 'much longer name', 22.25, 'x', false),
                                 (7, 'µm Å °', -3, E'two\\nlines', NULL);
            SELECT * FROM p ORDER BY id;
            SELECT E'\\n\\n\\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION OMERO5.4__0\\n\\n\\n' AS Status;
            SELECT count(*) FROM p WHERE false;
            SELECT name AS "Long header name", id FROM p WHERE id = 1;
            SELECT 1 AS a, 'x' AS b WHERE false;
            SELECT E'a\\nbb' AS x, 1 AS y, E'c\\nd\\ne' AS z;
            \\echo echoed   'text'
            \\qecho -n partial
            \\qecho line
            COPY (SELECT id, name FROM p ORDER BY id) TO STDOUT;
            SELECT 1 AS one, 2 AS two, 3 AS three;
            """;

    @TempDir
    Path dir;

    @Test
    void printsWhatPsqlPrints(DatabaseTarget psqlDb) throws Exception {
        Path file = dir.resolve("output.sql");
        Files.writeString(file, SCRIPT);
        PgTools.Output psql = PgTools.forTests().psqlSeparately(psqlDb, dir, Map.of(),
                List.of("-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString()));
        assertThat(psql.exitCode()).as(psql.stderr()).isZero();

        DatabaseTarget db = dev.planrun.testkit.TestPostgres.get().createDatabase("output");
        List<String> lines = new ArrayList<>();
        ScriptResult r = Fixtures.planrun(db, SqlScript.file(file), ScriptOptions.defaults(), new ScriptListener() {
            @Override
            public void output(String line) {
                lines.add(line);
            }
        });
        dev.planrun.testkit.TestPostgres.get().dropDatabase(db);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo(psql.stdout());
        assertThat(String.join("\n", lines) + "\n").isEqualTo(psql.stdout());
    }
}
