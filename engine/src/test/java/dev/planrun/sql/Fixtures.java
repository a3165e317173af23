package dev.planrun.sql;

import dev.planrun.sql.jdbc.JdbcScriptRunner;
import dev.planrun.testkit.PgTools;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fixture scripts under {@code sql-fixtures/}, and how to run them with psql and with planrun. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * A fixture: an optional setup script (run with psql first), the script under test and its
     * psql variables.
     */
    public record Fixture(String name, String setup, String script, Map<String, String> vars) {

        public Path scriptPath() {
            return path(script);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Fixture> all() {
        return List.of(
                new Fixture("OMERO 5.3 to 5.4 upgrade", "omero/setup-OMERO5.3__0.sql",
                        "omero/OMERO5.4__0/OMERO5.3__0.sql", Map.of()),
                new Fixture("OMERO 5.3 to 5.4 precheck", "omero/setup-OMERO5.3__0.sql",
                        "omero/OMERO5.4__0/OMERO5.3__0-precheck.sql", Map.of()),
                new Fixture("OMERO 4.1 to 4.2 with \\set, \\timing, \\i and :ACTION", "omero/setup-OMERO4.1__0.sql",
                        "omero/OMERO4.2__0/OMERO4.1__0.sql", Map.of()),
                new Fixture("COPY FROM stdin", null, "other/copy-data.sql", Map.of()),
                new Fixture("no transaction control", null, "other/no-transaction.sql", Map.of()),
                new Fixture("\\ir and variables", null, "other/include-relative.sql",
                        Map.of("TABLE", "my table", "LABEL", "it's µ")));
    }

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/sql-fixtures/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code psql -X -v ON_ERROR_STOP=1 [-v K=V] -f FILE} in the file's directory. */
    public static PgTools.Output psql(DatabaseTarget db, Path file, Map<String, String> vars) throws Exception {
        List<String> args = new ArrayList<>(List.of("-v", "ON_ERROR_STOP=1"));
        vars.forEach((k, v) -> args.addAll(List.of("-v", k + "=" + v)));
        args.addAll(List.of("-f", file.toString()));
        return PgTools.forTests().psqlSeparately(db, file.getParent(), Map.of(), args);
    }

    /** Runs the fixture's setup (if any) with psql. */
    public static void setUp(DatabaseTarget db, Fixture f) throws Exception {
        if (f.setup() != null) {
            PgTools.Output out = psql(db, path(f.setup()), Map.of());
            if (out.exitCode() != 0) {
                throw new IllegalStateException("setup failed: " + out.stderr());
            }
        }
    }

    /** Runs a script with planrun's JDBC runner on a new connection. */
    public static ScriptResult planrun(DatabaseTarget db, SqlScript script, ScriptOptions options,
                                       ScriptListener listener) throws Exception {
        try (Connection c = db.open()) {
            return new JdbcScriptRunner(c, listener).run(script, options);
        }
    }
}
