package dev.planrun.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.Connector;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each format against its expected output beside the test (src/test/resources/review). After a
 * deliberate change of a format, regenerate them with {@code -Dplanrun.golden.update=true} and
 * review the diff.
 */
class ReviewRendererTest {

    private static final Path GOLDEN = Path.of("src/test/resources/review");

    private static Review review() {
        Plan plan = ReviewFixtures.omeroPlan();
        ResolvedParams params = new ParamResolver(Map.of("PW", ReviewFixtures.SECRET),
                ParamResolver.REVIEW_RUN_BUILTINS, Path.of("/work")).resolve(plan, ParamInputs.NONE);
        CheckEvaluator checks = new CheckEvaluator();
        CheckContext offline = CheckContext.of(params.scope(), Connector.NONE, null, Path.of("/")).asOffline();
        return new ReviewBuilder(new FieldPreviewer(), c -> checks.evaluate(c, offline)).build(plan, params);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "json"})
    void rendersAsExpectedAndWithoutTheSecret(String format) throws IOException {
        String rendered = ReviewRenderer.forFormat(format).render(review());
        assertThat(rendered).doesNotContain(ReviewFixtures.SECRET);
        Path expected = GOLDEN.resolve("omero-review." + Map.of("text", "txt", "markdown", "md", "json", "json").get(format));
        if (Boolean.getBoolean("planrun.golden.update")) {
            Files.writeString(expected, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsVersionedAndKeepsItsKeyOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(new JsonReviewRenderer().render(review()));
        assertThat(json.get("format").asText()).isEqualTo("planrun-plan/1");
        assertThat(fieldNames(json)).containsExactly("format", "plan", "params", "connections", "evaluated",
                "preconditions", "steps", "summary", "problems");
        assertThat(fieldNames(json.get("steps").get(0))).containsExactly("number", "id", "title", "type", "needs",
                "does", "details", "warnings", "rollback", "irreversible", "manual", "when", "preconditions", "timeout",
                "retries", "continueOnError", "tags", "source");
        assertThat(json.at("/steps/3/rollback/kind").asText()).isEqualTo("irreversible");
        assertThat(json.at("/summary/irreversible/0").asText()).isEqualTo("upgrade-db");
    }

    @Test
    void markdownKeepsTablesIntactAndHasTheGraphAndSignOff() {
        String md = new MarkdownReviewRenderer().render(review());
        assertThat(md).contains("```mermaid\nflowchart TD\n", "## Sign-off", "| Approved by | | | |",
                "Upgrades &lt;the&gt; server \\| database.");
        md.lines().filter(l -> l.startsWith("| ") && l.contains("`upgrade-db`") && l.contains("IRREVERSIBLE"))
                .findFirst().ifPresentOrElse(row -> assertThat(row.split("(?<!\\\\)\\|")).hasSize(6),
                        () -> assertThat(md).contains("upgrade-db IRREVERSIBLE row"));
    }

    @Test
    void freeTextKeepsUnderscoresInsideWordsAndEscapesTheRest() {
        assertThat(Markdown.text("server_dir at OMERO5.3__1, _not emphasis_ *nor this*"))
                .isEqualTo("server_dir at OMERO5.3__1, \\_not emphasis\\_ \\*nor this\\*");
        assertThat(Markdown.text("<b> & a|b")).isEqualTo("&lt;b&gt; &amp; a\\|b");
    }

    @Test
    void codeSpansSurviveBackticksAndPipes() {
        assertThat(Markdown.code("a`b|c")).isEqualTo("``a`b\\|c``");
        assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(Markdown.block("text", "```\nx")).startsWith("````text\n").endsWith("\n````\n");
    }

    @Test
    void unknownFormatIsRefused() {
        assertThatThrownBy(() -> ReviewRenderer.forFormat("html")).hasMessageContaining("text, markdown or json");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
