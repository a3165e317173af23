package dev.planrun.interp;

import static dev.planrun.fixtures.StepFixtures.plan;
import static dev.planrun.fixtures.StepFixtures.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamResolverTest {

    @TempDir
    Path dir;

    private static ParamSpec param(String name, ParamType type, Object def, int line) {
        return new ParamSpec(name, type, def, false, null, null, List.of(), Position.of("plan.yaml", line, 3));
    }

    private static ParamSpec required(String name, ParamType type, String env, int line) {
        return new ParamSpec(name, type, null, true, null, env, List.of(), Position.of("plan.yaml", line, 3));
    }

    private static ParamSpec choice(String name, ParamType type, List<String> choices) {
        return new ParamSpec(name, type, null, false, null, null, choices, Position.of("plan.yaml", 9, 3));
    }

    private static Plan planWith(ParamSpec... params) {
        return plan(List.of(shell("s")), List.of(params));
    }

    private ResolvedParams resolve(Plan plan, Map<String, String> cli, Path file, Map<String, String> env) {
        return new ParamResolver(env, Map.of("run.dir", "/runs/r1", "run.id", "r1"), dir).resolve(plan,
                new ParamInputs(cli, file));
    }

    private static List<String> messages(ResolvedParams r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static Map<String, String> cli(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void cliBeatsFileBeatsEnvironmentBeatsDefault() throws IOException {
        Plan plan = planWith(
                new ParamSpec("a", ParamType.STRING, "def-a", false, null, "A", List.of(), Position.NONE),
                new ParamSpec("b", ParamType.STRING, "def-b", false, null, "B", List.of(), Position.NONE),
                new ParamSpec("c", ParamType.STRING, "def-c", false, null, "C", List.of(), Position.NONE),
                new ParamSpec("d", ParamType.STRING, "def-d", false, null, "D", List.of(), Position.NONE));
        Path file = Files.writeString(dir.resolve("site.yaml"), "a: file-a\nb: file-b\n");
        ResolvedParams r = resolve(plan, cli("a", "cli-a"), file, Map.of("A", "env-a", "B", "env-b", "C", "env-c"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.params()).extracting(ResolvedParam::display).containsExactly("cli-a", "file-b", "env-c", "def-d");
        assertThat(r.params()).extracting(ResolvedParam::source)
                .containsExactly(ParamSource.CLI, ParamSource.FILE, ParamSource.ENV, ParamSource.DEFAULT);
        assertThat(r.scope().lookup("d")).contains("def-d");
        assertThat(r.scope().lookup("plan.dir")).contains(plan.directory().toString());
    }

    @Test
    void typedValuesAreCanonical() {
        Plan plan = planWith(param("port", ParamType.INT, null, 2), param("web", ParamType.BOOL, null, 3),
                param("dirs", ParamType.LIST, null, 4), param("flow", ParamType.LIST, null, 5),
                param("rel", ParamType.PATH, null, 6));
        ResolvedParams r = resolve(plan, cli("port", "+5432", "web", "Yes", "dirs", " a, b ,c ",
                "flow", "[x, \"y,z\", 5.10]", "rel", "data/x"), null, Map.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.scope().params()).containsEntry("port", "5432").containsEntry("web", "true")
                .containsEntry("dirs", List.of("a", "b", "c")).containsEntry("flow", List.of("x", "y,z", "5.10"))
                .containsEntry("rel", dir.resolve("data/x").toString());
        assertThat(r.params().get(2).display()).isEqualTo("[a, b, c]");
    }

    @Test
    void wrongTypesAreErrorsSaidPerSource() throws IOException {
        Plan plan = planWith(param("port", ParamType.INT, null, 2), param("web", ParamType.BOOL, "maybe", 3),
                new ParamSpec("n", ParamType.INT, null, false, null, "N", List.of(), Position.NONE),
                param("m", ParamType.INT, null, 5));
        Path file = Files.writeString(dir.resolve("p.yaml"), "# site values\nm: [1, 2]\n");
        ResolvedParams r = resolve(plan, cli("port", "54x"), file, Map.of("N", "many"));
        assertThat(messages(r)).containsExactly(
                "error: -p port: expected a whole number, got '54x'",
                "error: environment variable N for 'n': expected a whole number, got 'many'",
                dir.resolve("p.yaml") + ":2:1: error: 'm': expected a single value, got a list",
                "plan.yaml:3:3: error: default of 'web': expected true or false, got 'maybe'");
        assertThat(r.ok()).isFalse();
    }

    @Test
    void undeclaredCliNameIsAnErrorWithASuggestionAndInFileAWarning() throws IOException {
        Plan plan = planWith(param("db_name", ParamType.STRING, "omero", 2));
        Path file = Files.writeString(dir.resolve("site.json"), "{\n  \"db_nmae\": \"x\",\n  \"other\": 1\n}\n");
        ResolvedParams r = resolve(plan, cli("db_nmae", "x"), file, Map.of());
        assertThat(messages(r)).containsExactly(
                "error: -p db_nmae: the plan has no parameter 'db_nmae'; did you mean 'db_name'?",
                file + ":2:3: warning: 'db_nmae' is not a parameter of this plan (ignored); did you mean 'db_name'?",
                file + ":3:3: warning: 'other' is not a parameter of this plan (ignored)");
    }

    @Test
    void missingRequiredParamsAreNamedEachWhereDeclared() {
        Plan plan = planWith(required("db_name", ParamType.STRING, null, 2),
                required("db_password", ParamType.SECRET, "OMERO_DB_PASS", 3),
                param("optional", ParamType.PATH, null, 4), param("tags", ParamType.LIST, null, 5));
        ResolvedParams r = resolve(plan, Map.of(), null, Map.of());
        assertThat(messages(r)).containsExactly(
                "plan.yaml:2:3: error: parameter 'db_name' is required: give -p db_name=VALUE or put it in a --params-file",
                "plan.yaml:3:3: error: parameter 'db_password' is required: give -p db_password=VALUE or put it in a"
                        + " --params-file, or set OMERO_DB_PASS");
        assertThat(r.scope().params()).containsEntry("optional", "").containsEntry("tags", List.of());
        assertThat(r.params().get(2).source()).isEqualTo(ParamSource.NONE);
    }

    @Test
    void secretsAreMaskedInDisplayAndErrorsAndKnownToTheScope() {
        Plan plan = planWith(required("pw", ParamType.SECRET, "PW", 2),
                param("url", ParamType.STRING, "postgres://u:${pw}@h/db", 3),
                choice("mode", ParamType.SECRET, List.of("alpha", "beta")));
        ResolvedParams r = resolve(plan, cli("mode", "hunter2-mode"), null, Map.of("PW", "hunter2"));
        assertThat(r.params()).extracting(ResolvedParam::display)
                .containsExactly("******", "postgres://u:******@h/db", "******");
        assertThat(messages(r)).containsExactly("error: -p mode: expected one of alpha, beta, got '******'");
        assertThat(r.scope().secrets()).containsExactly("hunter2");
        assertThat(r.scope().masker().mask("psql -W hunter2")).isEqualTo("psql -W ******");
    }

    @Test
    void choicesApplyToEachListItem() {
        Plan plan = planWith(choice("engine", ParamType.STRING, List.of("postgresql", "sqlite3")),
                choice("services", ParamType.LIST, List.of("web", "celery")));
        ResolvedParams r = resolve(plan, cli("engine", "mysql", "services", "web,flower"), null, Map.of());
        assertThat(messages(r)).containsExactly(
                "error: -p engine: expected one of postgresql, sqlite3, got 'mysql'",
                "error: -p services: expected one of web, celery, got 'flower'");
    }

    @Test
    void defaultsUseOtherParamsEnvironmentAndBuiltinsInAnyDeclarationOrder() {
        Plan plan = planWith(
                param("backup", ParamType.PATH, "${base}/backup-${run.id}", 2),
                param("base", ParamType.PATH, "${env:HOME}/omero", 3),
                param("venvs", ParamType.LIST, List.of("${base}/venv", "${plan.dir}/v2"), 4),
                param("rel", ParamType.PATH, "relative/dir", 5));
        ResolvedParams r = resolve(plan, Map.of(), null, Map.of("HOME", "/home/omero"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.scope().params()).containsEntry("backup", "/home/omero/omero/backup-r1")
                .containsEntry("venvs", List.of("/home/omero/omero/venv", plan.directory() + "/v2"))
                .containsEntry("rel", plan.directory().resolve("relative/dir").toString());
    }

    @Test
    void defaultsThatUseEachOtherOrUnknownNamesAreErrors() {
        Plan plan = planWith(param("a", ParamType.STRING, "${b}", 2), param("b", ParamType.STRING, "x${a}", 3),
                param("c", ParamType.STRING, "${env:NOPE}", 4));
        ResolvedParams r = resolve(plan, Map.of(), null, Map.of());
        assertThat(messages(r)).containsExactly(
                "plan.yaml:2:3: error: the defaults of these parameters use each other: a -> b -> a",
                "plan.yaml:4:3: error: default of 'c': the environment variable NOPE is not set (referenced as ${env:NOPE})");
    }

    @Test
    void paramsFileProblemsHavePositions() throws IOException {
        Plan plan = planWith(param("a", ParamType.STRING, "x", 2));
        Path notObject = Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"a\": \"x\",\n \"a\": }");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "a:\n  b: c\n");
        assertThat(messages(resolve(plan, Map.of(), notObject, Map.of())))
                .containsExactly(notObject + ":1:1: error: a params file must be an object of parameter names to values");
        assertThat(messages(resolve(plan, Map.of(), broken, Map.of()))).containsExactly(broken
                + ":2:7: error: params file is not valid JSON: Unexpected character ('}' (code 125)): expected a value");
        Path twice = Files.writeString(dir.resolve("twice.json"), "{\"a\": \"x\",\n \"a\": \"y\"}");
        assertThat(messages(resolve(plan, Map.of(), twice, Map.of())))
                .containsExactly(twice + ":2:2: error: 'a' is given twice (first at line 1); keep one");
        assertThat(messages(resolve(plan, Map.of(), nested, Map.of())))
                .containsExactly(nested + ":1:1: error: 'a': expected a value or a list, not an object");
        assertThat(messages(resolve(plan, Map.of(), dir.resolve("missing.yaml"), Map.of())))
                .containsExactly(dir.resolve("missing.yaml") + ": error: params file not found");
        Path alias = Files.writeString(dir.resolve("alias.yaml"), "x-base: &h hello\na: *h\n");
        assertThat(messages(resolve(plan, Map.of(), alias, Map.of()))).contains(alias
                + ":2:1: error: 'a': a YAML alias (*h) is not read in a params file (as in plans); write the value itself");
    }

    @Test
    void paramsFileKeepsScalarTextAndResolvesPathsAgainstItsDirectory() throws IOException {
        Plan plan = planWith(param("version", ParamType.STRING, null, 2), param("data", ParamType.PATH, null, 3),
                param("opt", ParamType.STRING, "d", 4), param("list", ParamType.LIST, null, 5));
        Path file = Files.writeString(dir.resolve("site.yml"), "version: 5.10\ndata: ../data\nopt:\nlist: [1.0, b]\n");
        ResolvedParams r = resolve(plan, Map.of(), file, Map.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.scope().params()).containsEntry("version", "5.10").containsEntry("data", dir.resolve("../data").toString())
                .containsEntry("opt", "").containsEntry("list", List.of("1.0", "b"));
    }
}
