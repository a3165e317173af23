package dev.planrun.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser corpus: every {@code sql-corpus/*.sql} parses to exactly its {@code .expected}
 * listing (items with start-end positions, statement texts, COPY data, meta-command arguments).
 * ParserAgreesWithPsqlIT checks the same statements against what psql itself sends.
 */
class ScriptParserCorpusTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return corpus().stream();
    }

    static List<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ScriptParserCorpusTest.class.getResource("/sql-corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void corpusHasAtLeastSixtyCasesEachWithExpectedOutput() throws Exception {
        List<Path> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        for (Path c : cases) {
            assertThat(CorpusCase.of(c).expected()).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsExpected(Path sql) throws IOException {
        CorpusCase c = CorpusCase.of(sql);
        String expected = Files.readString(c.expected(), StandardCharsets.UTF_8);
        assertThat(c.render()).isEqualTo(expected);
    }
}
