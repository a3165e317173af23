package dev.planrun.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser against psql itself: every corpus script runs through {@code psql -e} (which prints
 * each statement as it sends it) on a fresh database, and what psql sent must be exactly the
 * statements planrun's parser finds, in the same order, with {@code \echo} output in between.
 */
class ParserAgreesWithPsqlIT {

    @TempDir
    Path workDir;

    static Stream<Path> cases() throws Exception {
        return ScriptParserCorpusTest.corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void psqlSendsTheStatementsTheParserFinds(Path sql) throws Exception {
        CorpusCase c = CorpusCase.of(sql);
        DatabaseTarget db = TestPostgres.get().createDatabase("corpus");
        try {
            compare(c, sql, db);
        } finally {
            TestPostgres.get().dropDatabase(db);
        }
    }

    private void compare(CorpusCase c, Path sql, DatabaseTarget db) throws Exception {
        String script = Files.readString(sql, StandardCharsets.UTF_8);
        if (!script.contains("CREATE TABLE t ")) {
            try (Connection conn = db.open(); Statement s = conn.createStatement()) {
                s.execute("CREATE TABLE t (a text, b text)");
            }
        }
        List<String> args = new ArrayList<>(List.of("-q", "-e", "-o", "/dev/null"));
        c.initialVariables().forEach((k, v) -> args.addAll(List.of("-v", k + "=" + v)));
        args.addAll(List.of("-f", sql.toString()));
        Map<String, String> env = c.standardConformingStrings()
                ? Map.of() : Map.of("PGOPTIONS", "-c standard_conforming_strings=off");
        PgTools.Output out = PgTools.forTests().psqlSeparately(db, workDir, env, args);

        assertThat(informative(out.stdout())).as("stderr: %s", out.stderr()).isEqualTo(expected(c));
    }

    /**
     * psql's stdout without its informational lines ({@code \timing}, {@code \pset}, {@code \x})
     * and without the empty queries it sends (a lone {@code ;}, a comment alone), which the parser
     * skips: the server does nothing with them.
     */
    private static String informative(String stdout) {
        List<String> lines = stdout.lines().toList();
        List<String> kept = new ArrayList<>();
        String previous = ";";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean info = line.matches("Timing is (on|off)\\.|Time: .*|Output format is .*|Expanded display is .*");
            boolean last = i == lines.size() - 1;
            boolean emptyQuery = previous.endsWith(";")
                    && line.matches(last ? "(\\s*/\\*[^*]*\\*/)*\\s*;?" : "(\\s*/\\*[^*]*\\*/)*\\s*;");
            if (!info && !emptyQuery) {
                kept.add(line);
            }
            if (!info) {
                previous = line;
            }
        }
        return String.join("\n", kept);
    }

    /** What psql -e prints for the items the parser finds. */
    private static String expected(CorpusCase c) throws IOException, SQLException {
        Map<String, String> vars = new LinkedHashMap<>(c.initialVariables());
        StringBuilder out = new StringBuilder();
        try (ScriptParser parser = new ScriptParser(Files.newInputStream(c.sql()), vars::get,
                c.standardConformingStrings())) {
            for (ScriptItem item; (item = parser.next()) != null; ) {
                if (item instanceof SqlStatement s) {
                    out.append(s.text()).append(s.terminated() ? ";" : "").append('\n');
                } else if (item instanceof CopyFromStdin copy) {
                    out.append(copy.statement().text()).append(";\n");
                } else if (item instanceof MetaCommand m) {
                    apply(m, vars, out);
                }
            }
        }
        return out.toString().lines().collect(Collectors.joining("\n"));
    }

    private static void apply(MetaCommand m, Map<String, String> vars, StringBuilder out) {
        List<String> a = m.arguments();
        switch (m.name()) {
            case "set" -> vars.put(a.get(0), String.join("", a.subList(1, a.size())));
            case "unset" -> vars.remove(a.get(0));
            case "echo" -> {
                boolean newline = a.isEmpty() || !a.get(0).equals("-n");
                out.append(String.join(" ", newline ? a : a.subList(1, a.size()))).append(newline ? "\n" : "");
            }
            default -> {
            }
        }
    }
}
