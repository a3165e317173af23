package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.planrun.testkit.SafetyLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed plan of the corpus, through every command that reads a plan: exit 2, each
 * problem at file:line:column, never a stack trace, and nothing written (no run, no lock, no
 * state directory).
 */
class BadInputTest {

    static final Path CORPUS = Path.of("../engine/src/test/resources/malformed").toAbsolutePath().normalize();

    /** A trace or a Java exception's name in what an operator reads. */
    static final Pattern TRACE = Pattern.compile("\\n\\s+at [a-z]|Exception\\b|java\\.[a-z]+\\.|dev\\.planrun\\.");

    @TempDir
    Path dir;

    /** The commands that read a plan, with what each adds after the plan; {@code STATE} is the state directory. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("validate"),
            List.of("plan", "--offline"),
            List.of("plan", "--format", "json", "--offline"),
            List.of("graph"),
            List.of("apply", "--yes", "--state-dir", "STATE"),
            List.of("apply", "--dry-run", "--offline"),
            List.of("status", "--state-dir", "STATE"),
            List.of("rollback", "--yes", "--state-dir", "STATE"));

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path plan : corpus()) {
            for (List<String> command : COMMANDS) {
                out.add(Arguments.of(plan.getFileName().toString(), command));
            }
        }
        return out.stream();
    }

    private static final AtomicInteger REFUSED = new AtomicInteger();

    @AfterAll
    static void record() throws IOException {
        SafetyLedger.record("bad-input-plans", "Malformed plans through every command that reads a plan: exit 2,"
                + " every problem at file:line:column, no trace, nothing written",
                "malformed plans", corpus().size(), "command lines", COMMANDS.size(), "refusals checked", REFUSED.get());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aMalformedPlanIsRefusedWithItsPositionsAndChangesNothing(String name, List<String> command) throws IOException {
        Path plan = CORPUS.resolve(name);
        Path state = dir.resolve("state");
        List<String> args = new ArrayList<>();
        args.add(command.get(0));
        args.add(plan.toString());
        command.subList(1, command.size()).forEach(a -> args.add(a.equals("STATE") ? state.toString() : a));

        CliRun r = CliRun.run(Map.of("PATH", "/usr/bin:/bin"), dir, args.toArray(String[]::new));

        assertThat(r.code()).as("%s\n%s", r.out(), r.err()).isEqualTo(ExitCodes.USAGE);
        List<String> expected = Files.readAllLines(CORPUS.resolve(name.replace(".yaml", ".expected")));
        for (String line : expected) {
            if (!line.isBlank()) {
                assertThat(r.err()).contains(plan + ":" + line);
            }
        }
        assertNoTraceAndNothingWritten(r, dir);
        REFUSED.incrementAndGet();
    }

    /** A line as expected, where <code>{*}</code> stands for a line or column number. */
    static Pattern at(String expected) {
        return Pattern.compile(Arrays.stream(expected.split("\\{\\*}", -1)).map(Pattern::quote)
                .collect(Collectors.joining("\\d+")));
    }

    /**
     * What every refused input shares: no trace nor Java name in what the operator reads, none
     * of {@code secrets}, and nothing in the working directory {@code dir} (where the state
     * directory of the command lines is): no state directory, run or lock.
     */
    static void assertNoTraceAndNothingWritten(CliRun r, Path dir, String... secrets) throws IOException {
        assertThat(r.out() + r.err()).doesNotContainPattern(TRACE);
        for (String secret : secrets) {
            assertThat(r.out() + r.err()).doesNotContain(secret);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing is written for an input that is refused").isEmpty();
        }
    }
}
