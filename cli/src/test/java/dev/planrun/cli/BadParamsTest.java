package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.testkit.SafetyLedger;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed params file and every malformed {@code -p}, through every command that takes
 * params: exit 2, the problem at file:line:column where the file has one, never a stack trace nor
 * a secret, and nothing written (no state directory, no run, no lock, no step run).
 */
class BadParamsTest {

    private static final String SECRET = "hunter2x9";

    private static final String PLAN = """
            planrun: 1
            id: params-demo
            params:
              greeting: {type: string, default: hello}
              port: {type: int, default: 8080}
              flag: {type: bool, default: false}
              mode: {type: string, default: safe, choices: [fast, safe]}
              tags: {type: list, default: [a]}
              password: {type: secret, default: ""}
              target: {type: path, default: touched}
            steps:
              - id: touch
                type: shell
                run: [touch, "${target}"]
            """;

    /** The commands that take params, with what each adds after the plan; {@code STATE} is the state directory. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("plan", "--offline"),
            List.of("plan", "--format", "json", "--offline"),
            List.of("apply", "--yes", "--state-dir", "STATE"),
            List.of("apply", "--dry-run", "--offline"),
            List.of("apply", "--resume", "--yes", "--state-dir", "STATE"),
            List.of("rollback", "--yes", "--state-dir", "STATE"));

    /**
     * A malformed params file: its name, its bytes (null: none; {@link #DIRECTORY}, {@link #FIFTY_MB})
     * and what is said after its name (<code>{*}</code> for a column that depends on Jackson's buffer).
     */
    record ParamsFile(String name, byte[] bytes, String expected) {
        static ParamsFile of(String name, String text, String expected) {
            return new ParamsFile(name, text.getBytes(StandardCharsets.ISO_8859_1), expected);
        }
    }

    static final byte[] DIRECTORY = "DIR".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FIFTY_MB = "50MB".getBytes(StandardCharsets.US_ASCII);

    static final List<ParamsFile> FILES = List.of(
            ParamsFile.of("bad-utf8.yaml", "greeting: \"caf\u00e9\"\n", ":1:15: error: params file is not valid UTF-8: byte 0xE9 at offset 14"),
            ParamsFile.of("bad-utf8.json", "{\"port\": 1,\n \"greeting\": \"\u00ff\"}", ":2:15: error: params file is not valid UTF-8: byte 0xFF"),
            ParamsFile.of("tab-indent.yaml", "greeting: hi\n\tport: 1\n", ":2:1: error: params file is not valid YAML: a tab is used for indentation"),
            ParamsFile.of("tab-value.yaml", "port:\n\t1\n", ":2:1: error: params file is not valid YAML: a tab is used for indentation"),
            ParamsFile.of("too-large.yaml", "greeting: " + "x".repeat(2 * 1024 * 1024) + "\n", ": error: params file too large: more than 1024 KiB"),
            ParamsFile.of("too-large.json", "{\"greeting\": \"" + "x".repeat(21_000_000) + "\"}", ": error: params file too large"),
            new ParamsFile("fifty-mb.yaml", FIFTY_MB, ": error: params file too large"),
            ParamsFile.of("long-number.json", "{\"port\": " + "9".repeat(2000) + "}", ":1:2010: error: params file holds more than planrun reads: number value length"),
            ParamsFile.of("long-key.json", "{\"" + "k".repeat(60_000) + "\": 1}", ":1:{*}: error: params file holds more than planrun reads: name length"),
            ParamsFile.of("deep.json", "{\"tags\": " + "[".repeat(1200) + "]".repeat(1200) + "}", ":1:1010: error: params file holds more than planrun reads: document nesting depth"),
            ParamsFile.of("huge-int.yaml", "port: 99999999999999999999\n", ":1:1: error: 'port': expected a whole number, got '99999999999999999999'"),
            ParamsFile.of("list.yaml", "- greeting\n- port\n", ":1:1: error: a params file must be an object of parameter names to values"),
            ParamsFile.of("scalar.yaml", "greeting\n", ":1:1: error: a params file must be an object of parameter names to values"),
            ParamsFile.of("list.json", "[{\"port\": 1}]", ":1:1: error: a params file must be an object of parameter names to values"),
            ParamsFile.of("scalar.json", "\"port\"", ":1:1: error: a params file must be an object of parameter names to values"),
            ParamsFile.of("nested-mapping.yaml", "port: 1\ngreeting: {text: hi}\n", ":2:1: error: 'greeting': expected a value or a list, not an object"),
            ParamsFile.of("nested-mapping.json", "{\"greeting\": {\"text\": \"hi\"}}", ":1:2: error: 'greeting': expected a value or a list, not an object"),
            ParamsFile.of("nested-list.yaml", "tags: [a, [b]]\n", ":1:1: error: 'tags': a list may hold only plain values"),
            ParamsFile.of("list-for-text.yaml", "greeting: [a, b]\n", ":1:1: error: 'greeting': expected a single value, got a list"),
            ParamsFile.of("list-for-int.json", "{\"port\": [1]}", ":1:2: error: 'port': expected a single value, got a list"),
            ParamsFile.of("duplicate.yaml", "greeting: a\nport: 1\ngreeting: b\n", ":3:1: error: 'greeting' is given twice (first at line 1)"),
            ParamsFile.of("duplicate.json", "{\"port\": 1,\n \"port\": 2}", ":2:2: error: 'port' is given twice (first at line 1)"),
            ParamsFile.of("wrong-int.yaml", "port: eighty\n", ":1:1: error: 'port': expected a whole number, got 'eighty'"),
            ParamsFile.of("decimal-int.json", "{\"port\": 80.5}", ":1:2: error: 'port': expected a whole number, got '80.5'"),
            ParamsFile.of("wrong-bool.yaml", "flag: maybe\n", ":1:1: error: 'flag': expected true or false, got 'maybe'"),
            ParamsFile.of("wrong-choice.yaml", "mode: turbo\n", ":1:1: error: 'mode': expected one of fast, safe, got 'turbo'"),
            ParamsFile.of("empty.yaml", "", ":1:1: error: params file is empty"),
            ParamsFile.of("comments-only.yaml", "# the site's params\n\n", ":1:1: error: params file is empty"),
            ParamsFile.of("empty.json", "  \n", ":1:1: error: params file is empty"),
            new ParamsFile("a-directory.yaml", DIRECTORY, ": error: params file is a directory"),
            new ParamsFile("missing.yaml", null, ": error: params file not found"),
            ParamsFile.of("alias.yaml", "x-base: &p 8081\nport: *p\n", ":2:1: error: 'port': a YAML alias (*p) is not read in a params file"),
            ParamsFile.of("two-documents.yaml", "greeting: a\n---\nport: 1\n", ":3:1: error: a params file holds one object, but another one starts here"),
            ParamsFile.of("truncated.json", "{\"greeting\": ", ":1:14: error: params file is not valid JSON: Unexpected end of the file"),
            ParamsFile.of("trailing-comma.json", "{\"greeting\": \"a\",}", ":1:18: error: params file is not valid JSON: Unexpected character ('}'"),
            ParamsFile.of("unquoted-secret.json", "{\"password\": " + SECRET + "}", ":1:14: error: params file is not valid JSON: a word that is not a JSON value"),
            ParamsFile.of("unterminated.yaml", "greeting: \"hello\n", ":2:1: error: params file is not valid YAML: the file ends inside a quoted string"),
            ParamsFile.of("nul.yaml", "greeting: a\u0000b\n", ":1:12: error: params file is not valid YAML: the character U+0000 is not allowed"),
            ParamsFile.of("colon-in-value.yaml", "greeting: a: b\n", ":1:12: error: params file is not valid YAML: a ':' where YAML does not allow one"));

    /** A malformed {@code -p}: what is given, and what is said. */
    record ParamOption(String given, String expected) {
    }

    static final List<ParamOption> OPTIONS = List.of(
            new ParamOption("greeting", "should be in KEY=VALUE format"),
            new ParamOption("=hello", "error: -p '=...': a parameter name is missing before '='"),
            new ParamOption("greetin=hello", "error: -p greetin: the plan has no parameter 'greetin'; did you mean 'greeting'?"),
            new ParamOption("port=eighty", "error: -p port: expected a whole number, got 'eighty'"),
            new ParamOption("port=" + "9".repeat(500), "error: -p port: expected a whole number, got '" + "9".repeat(60) + "...' (500 characters)"),
            new ParamOption("flag=maybe", "error: -p flag: expected true or false, got 'maybe'"),
            new ParamOption("mode=turbo", "error: -p mode: expected one of fast, safe, got 'turbo'"),
            new ParamOption("tags=[a, [b]]", "error: -p tags: expected a list of plain values like [a, b]"),
            new ParamOption("tags=[a, b", "error: -p tags: expected a list like [a, b]"));

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private static final AtomicInteger FILES_REFUSED = new AtomicInteger();
    private static final AtomicInteger OPTIONS_REFUSED = new AtomicInteger();

    @AfterAll
    static void record() {
        SafetyLedger.record("bad-input-params", "Malformed params files and -p values through every command that takes"
                + " params: exit 2, the problem at file:line:column, no trace, no secret, nothing written",
                "malformed params files", FILES.size(), "malformed -p values", OPTIONS.size(),
                "command lines", COMMANDS.size(), "refusals checked", FILES_REFUSED.get() + OPTIONS_REFUSED.get());
    }

    static Stream<Arguments> fileCases() {
        List<Arguments> out = new ArrayList<>();
        for (ParamsFile file : FILES) {
            for (List<String> command : COMMANDS) {
                out.add(Arguments.of(file.name(), FILES.indexOf(file), command));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> optionCases() {
        List<Arguments> out = new ArrayList<>();
        for (ParamOption option : OPTIONS) {
            for (List<String> command : COMMANDS) {
                String shown = option.given().length() > 40 ? option.given().substring(0, 40) + "..." : option.given();
                out.add(Arguments.of(shown, OPTIONS.indexOf(option), command));
            }
        }
        return out.stream();
    }

    private Path plan() throws IOException {
        return Files.writeString(inputs.resolve("plan.yaml"), PLAN);
    }

    private Path write(ParamsFile file) throws IOException {
        Path path = inputs.resolve(file.name());
        if (file.bytes() == DIRECTORY) {
            Files.createDirectory(path);
        } else if (file.bytes() == FIFTY_MB) {
            try (RandomAccessFile sparse = new RandomAccessFile(path.toFile(), "rw")) {
                sparse.setLength(50L * 1024 * 1024);
            }
        } else if (file.bytes() != null) {
            Files.write(path, file.bytes());
        }
        return path;
    }

    private CliRun run(List<String> command, Path plan, String... more) {
        Path state = dir.resolve("state");
        List<String> args = new ArrayList<>();
        args.add(command.get(0));
        args.add(plan.toString());
        command.subList(1, command.size()).forEach(a -> args.add(a.equals("STATE") ? state.toString() : a));
        args.addAll(List.of(more));
        return CliRun.run(Map.of("PATH", "/usr/bin:/bin"), dir, args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("fileCases")
    void aMalformedParamsFileIsRefusedWithItsPositionAndChangesNothing(String name, int index, List<String> command)
            throws IOException {
        ParamsFile file = FILES.get(index);
        Path params = write(file);

        CliRun r = run(command, plan(), "--params-file", params.toString());

        assertThat(r.code()).as("%s\n%s", r.out(), r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).containsPattern(BadInputTest.at(params + file.expected()));
        BadInputTest.assertNoTraceAndNothingWritten(r, dir, SECRET);
        assertThat(inputs.resolve("touched")).doesNotExist();
        FILES_REFUSED.incrementAndGet();
    }

    @ParameterizedTest(name = "-p {0}: {2}")
    @MethodSource("optionCases")
    void aMalformedParamOptionIsRefusedAndChangesNothing(String shown, int index, List<String> command)
            throws IOException {
        ParamOption option = OPTIONS.get(index);

        CliRun r = run(command, plan(), "-p", option.given());

        assertThat(r.code()).as("%s\n%s", r.out(), r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(option.expected());
        BadInputTest.assertNoTraceAndNothingWritten(r, dir, SECRET);
        assertThat(inputs.resolve("touched")).doesNotExist();
        OPTIONS_REFUSED.incrementAndGet();
    }

    @Test
    void anUndeclaredNameInAParamsFileIsAWarningWithItsPositionAsDesignSays() throws IOException {
        Path params = Files.writeString(inputs.resolve("site.yaml"), "port: 8081\ngreetin: hi\n");
        CliRun r = run(COMMANDS.get(0), plan(), "--params-file", params.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(params + ":2:1: warning: 'greetin' is not a parameter of this plan (ignored);"
                + " did you mean 'greeting'?");
        assertThat(r.out()).contains("8081");
    }
}
