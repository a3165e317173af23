package dev.planrun.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.problem.Problem;
import dev.planrun.validate.PlanValidator;
import dev.planrun.validate.Validation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-plan corpus: each {@code malformed/NN-name.yaml} beside {@code NN-name.expected},
 * which lists every problem as {@code line:column: severity: message}, in order. Each plan is
 * loaded and validated: the corpus covers both stages.
 */
class MalformedPlansTest {

    private final Validation validation = new Validation(new PlanLoader(), new PlanValidator(Map.of()));

    static Path corpus() throws URISyntaxException {
        return Path.of(MalformedPlansTest.class.getResource("/malformed").toURI());
    }

    static Stream<String> plans() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void reportsExactlyTheExpectedProblems(String name) throws Exception {
        Path plan = corpus().resolve(name);
        List<String> expected = Files.readAllLines(plan.resolveSibling(name.replace(".yaml", ".expected")), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();

        LoadResult result = validation.of(plan);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.position().file()).isEqualTo(plan.toString()));
        assertThat(result.problems().stream().map(MalformedPlansTest::withoutFile)).containsExactlyElementsOf(expected);
    }

    @Test
    void corpusHasAtLeastFortyPlansEachWithItsExpectation() throws Exception {
        List<String> names = plans().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        for (String name : names) {
            assertThat(corpus().resolve(name.replace(".yaml", ".expected"))).exists();
        }
    }

    static String withoutFile(Problem p) {
        String s = p.toString();
        return s.substring(p.position().file().length() + 1);
    }
}
