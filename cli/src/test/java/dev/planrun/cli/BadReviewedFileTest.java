package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planrun.testkit.SafetyLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reviewed files ({@code plan --out FILE}) cut short, of the wrong shape or tampered with, through
 * {@code apply FILE} and {@code apply --dry-run FILE}: exit 2 with the position for a malformed one,
 * exit 6 listing every difference for a well-formed one that no longer matches; never a trace nor
 * a secret, and nothing written.
 */
class BadReviewedFileTest {

    private static final String SECRET = "pwRv42q9x";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What reads a reviewed file, with what each adds after it; {@code STATE} is the state directory. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("apply", "--yes", "--state-dir", "STATE"),
            List.of("apply", "--dry-run", "--offline"));

    /**
     * A reviewed file made bad: {@code edit} turns the real one's text into it; {@code expected}
     * are the lines said ({@code FILE}, {@code PLAN}, {@code DIR} stand for the reviewed file, the
     * plan and the directory they are in; <code>{*}</code> for a line or column number).
     */
    record Bad(String name, UnaryOperator<String> edit, int code, List<String> expected) {
        static Bad malformed(String name, UnaryOperator<String> edit, String expected) {
            return new Bad(name, edit, ExitCodes.USAGE, List.of("planrun: FILE" + expected));
        }

        static Bad tampered(String name, Consumer<ObjectNode> edit, String... differences) {
            List<String> lines = new ArrayList<>();
            for (String d : differences) {
                lines.add("planrun: " + d);
            }
            lines.add("(" + differences.length + " difference(s)); nothing was changed");
            return new Bad(name, tree(edit), ExitCodes.REVIEW_CHANGED, lines);
        }
    }

    private static UnaryOperator<String> tree(Consumer<ObjectNode> edit) {
        return text -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(text);
                edit.accept(root);
                return JSON.writeValueAsString(root) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static ObjectNode firstPlan(ObjectNode root) {
        return (ObjectNode) root.get("plans").get(0);
    }

    private static ObjectNode firstFile(ObjectNode root) {
        return (ObjectNode) root.get("files").get(0);
    }

    static final List<Bad> CASES = List.of(
            Bad.malformed("cut in half", t -> t.substring(0, t.length() / 2), ":{*}:{*}: not a valid reviewed plan: "),
            Bad.malformed("cut after the format", t -> t.substring(0, t.indexOf(",") + 1), ":2:"),
            Bad.malformed("missing a comma", t -> t.replaceFirst(",\n", "\n"), ":3:3: not a valid reviewed plan: "),
            Bad.malformed("trailing text", t -> t + "{}\n", ":{*}:{*}: not a valid reviewed plan: more text after the reviewed plan's closing '}'"),
            Bad.malformed("another format version", t -> t.replace("planrun-reviewed/1", "planrun-reviewed/2"),
                    ":1:1: not a reviewed plan of format planrun-reviewed/1 (found format \"planrun-reviewed/2\")"),
            Bad.malformed("format a number", tree(r -> r.put("format", 1)),
                    ":1:1: not a reviewed plan of format planrun-reviewed/1 (found format 1)"),
            Bad.malformed("no engine", tree(r -> r.remove("engine")), ":{*}:{*}: not a valid reviewed plan: missing 'engine'"),
            Bad.malformed("no plans", tree(r -> r.remove("plans")), ":{*}:{*}: not a valid reviewed plan: missing 'plans'"),
            Bad.malformed("no params", tree(r -> r.remove("params")), ":{*}:{*}: not a valid reviewed plan: missing 'params'"),
            Bad.malformed("no files", tree(r -> r.remove("files")), ":{*}:{*}: not a valid reviewed plan: missing 'files'"),
            Bad.malformed("plans a text", tree(r -> r.put("plans", "plan.yaml")),
                    ":{*}:{*}: not a valid reviewed plan: 'plans' must be a list"),
            Bad.malformed("plans empty", tree(r -> r.putArray("plans")),
                    ":1:1: incomplete reviewed plan: 'plans' holds no plan"),
            Bad.malformed("plans null", tree(r -> r.putNull("plans")),
                    ":1:1: incomplete reviewed plan: 'plans' holds no plan"),
            Bad.malformed("plan text missing", tree(r -> firstPlan(r).remove("text")),
                    ":{*}:{*}: not a valid reviewed plan: missing 'text' in 'plans[0]'"),
            Bad.malformed("plan digest missing", tree(r -> firstPlan(r).remove("sha256")),
                    ":{*}:{*}: not a valid reviewed plan: missing 'sha256' in 'plans[0]'"),
            Bad.malformed("plan digest an object", tree(r -> firstPlan(r).putObject("sha256")),
                    ":{*}:{*}: not a valid reviewed plan: 'plans[0].sha256' must be a text"),
            Bad.malformed("plan text a list", tree(r -> firstPlan(r).putArray("text")),
                    ":{*}:{*}: not a valid reviewed plan: 'plans[0].text' must be a text"),
            Bad.malformed("plan without path or resource", tree(r -> firstPlan(r).remove("path")),
                    ":1:1: incomplete reviewed plan: each of 'plans' needs 'sha256', 'text' and either 'path' or 'resource'"),
            Bad.malformed("plan with path and resource", tree(r -> firstPlan(r).put("resource", "omero-server/x.yaml")),
                    ":1:1: incomplete reviewed plan: each of 'plans' needs 'sha256', 'text' and either 'path' or 'resource'"),
            Bad.malformed("params a list", tree(r -> r.putArray("params")),
                    ":{*}:{*}: not a valid reviewed plan: 'params' must be an object"),
            Bad.malformed("a param an object", tree(r -> ((ObjectNode) r.get("params")).putObject("greeting")),
                    ":1:1: incomplete reviewed plan: param 'greeting' must be a text, a number, a boolean or a list of texts"),
            Bad.malformed("files an object", tree(r -> r.putObject("files")),
                    ":{*}:{*}: not a valid reviewed plan: 'files' must be a list"),
            Bad.malformed("a file without path", tree(r -> firstFile(r).remove("path")),
                    ":{*}:{*}: not a valid reviewed plan: missing 'path' in 'files[0]'"),
            Bad.malformed("a file size a text", tree(r -> firstFile(r).put("size", "big")),
                    ":{*}:{*}: not a valid reviewed plan: 'files[0].size' must be a number"),
            Bad.malformed("secretParams a text", tree(r -> r.put("secretParams", "password")),
                    ":{*}:{*}: not a valid reviewed plan: 'secretParams' must be a list"),
            Bad.malformed("an unknown key", tree(r -> r.put("aproved", true)),
                    ":{*}:{*}: not a valid reviewed plan: unknown key 'aproved'"),
            Bad.malformed("an unknown key in a plan", tree(r -> firstPlan(r).put("sha", "0")),
                    ":{*}:{*}: not a valid reviewed plan: unknown key 'sha' in 'plans[0]'"),
            Bad.malformed("a key twice", t -> t.replaceFirst("\"engine\"", "\"engine\" : \"x\",\n  \"engine\""),
                    ":4:14: not a valid reviewed plan: 'engine' is given twice"),
            Bad.malformed("invalid UTF-8", t -> t.replace("Hello", "H\u00e9llo"), ":{*}:{*}: a reviewed file is not valid UTF-8"),
            Bad.malformed("chain a text", tree(r -> r.put("chain", "omero-server")),
                    ":{*}:{*}: not a valid reviewed plan: 'chain' must be an object"),
            Bad.tampered("the plan's copy edited", r -> firstPlan(r).put("text", firstPlan(r).get("text").asText()
                    .replace("default: Hello", "default: Howdy")),
                    "plan changed: PLAN (the reviewed file's copy was edited)"),
            Bad.tampered("the plan's digest edited", r -> firstPlan(r).put("sha256", "0".repeat(64)),
                    "plan changed: PLAN (the reviewed file's copy was edited)"),
            Bad.tampered("a file's digest edited", r -> firstFile(r).put("sha256", "1".repeat(64)),
                    "file changed: DIR/release (111111111111 -> "),
            Bad.tampered("a file added", r -> ((ArrayNode) r.get("files")).addObject().put("path", "/nonexistent/x")
                    .put("sha256", "2".repeat(64)), "file changed: /nonexistent/x (222222222222 -> "),
            Bad.tampered("another planrun", r -> r.put("engine", "0.0.1"), "planrun version changed: planrun (0.0.1 -> "),
            Bad.tampered("a param the plan lacks", r -> ((ObjectNode) r.get("params")).put("colour", "red"),
                    "param changed: colour ('red' -> (not set))"),
            Bad.tampered("a secret written in", r -> ((ObjectNode) r.get("params")).put("password", SECRET),
                    "param changed: password ('******' -> (not set))"),
            Bad.tampered("two edits", r -> {
                r.put("engine", "0.0.1");
                firstFile(r).put("sha256", "3".repeat(64));
            }, "planrun version changed: planrun (0.0.1 -> ", "file changed: DIR/release (333333333333 -> "));

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private Path plan;
    private Path reviewed;

    private static final AtomicInteger MALFORMED = new AtomicInteger();
    private static final AtomicInteger TAMPERED = new AtomicInteger();

    @AfterAll
    static void record() {
        long malformed = CASES.stream().filter(c -> c.code() == ExitCodes.USAGE).count();
        SafetyLedger.record("bad-input-reviewed", "Malformed reviewed files (exit 2, with the position) and tampered"
                + " ones (exit 6, every difference listed) through apply and apply --dry-run: no trace, no secret,"
                + " nothing written", "malformed reviewed files", malformed, "tampered reviewed files",
                CASES.size() - malformed, "command lines", COMMANDS.size(),
                "refusals checked", MALFORMED.get() + TAMPERED.get());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Bad bad : CASES) {
            for (List<String> command : COMMANDS) {
                out.add(Arguments.of(bad.name(), CASES.indexOf(bad), command));
            }
        }
        return out.stream();
    }

    @BeforeEach
    void review() throws IOException {
        plan = ReviewedPlanCommandTest.writeSite(inputs);
        reviewed = inputs.resolve("reviewed.json");
        CliRun r = CliRun.run(Map.of("SITE_PASS", SECRET), inputs, "plan", plan.toString(), "-p",
                "target=" + inputs.resolve("site"), "--offline", "--out", reviewed.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void aBadReviewedFileIsRefusedWithWhatIsWrongAndChangesNothing(String name, int index, List<String> command)
            throws IOException {
        Bad bad = CASES.get(index);
        String edited = bad.edit().apply(Files.readString(reviewed));
        Files.write(reviewed, edited.getBytes(name.equals("invalid UTF-8") ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of(command.get(0), reviewed.toString()));
        command.subList(1, command.size()).forEach(a -> args.add(a.equals("STATE") ? dir.resolve("state").toString() : a));

        CliRun r = CliRun.run(Map.of("SITE_PASS", SECRET, "PATH", "/usr/bin:/bin"), dir, args.toArray(String[]::new));

        assertThat(r.code()).as("%s\n%s", r.out(), r.err()).isEqualTo(bad.code());
        for (String line : bad.expected()) {
            assertThat(r.err()).containsPattern(BadInputTest.at(line.replace("FILE", reviewed.toString())
                    .replace("PLAN", plan.toString()).replace("DIR", inputs.toString())));
        }
        BadInputTest.assertNoTraceAndNothingWritten(r, dir, SECRET);
        assertThat(inputs.resolve("site")).doesNotExist();
        (bad.code() == ExitCodes.USAGE ? MALFORMED : TAMPERED).incrementAndGet();
    }
}
