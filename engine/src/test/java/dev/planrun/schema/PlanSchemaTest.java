package dev.planrun.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.planrun.load.PlanLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped for editors accepts every plan of the repository (the catalog, the
 * examples, the valid fixtures) and, like the loader, refuses the malformed plans whose mistakes
 * are about the shape of the file.
 */
class PlanSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonSchema schema = schema();

    private static JsonSchema schema() {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/dev/planrun/schema/plan-v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: tests run in the engine module's directory. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        return Files.isDirectory(dir.resolve("engine")) ? dir : dir.getParent();
    }

    static Stream<Path> repositoryPlans() throws IOException, URISyntaxException {
        List<Path> plans = new ArrayList<>();
        for (String dir : List.of("plans", "examples")) {
            try (Stream<Path> files = Files.walk(repository().resolve(dir))) {
                files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/src/test/resources/invalid"))
                        .filter(PlanSchemaTest::isPlan)
                        .forEach(plans::add);
            }
        }
        try (Stream<Path> files = Files.list(Path.of(PlanSchemaTest.class.getResource("/plans").toURI()))) {
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(plans::add);
        }
        return plans.stream().sorted();
    }

    /** A plan file, not another YAML file (catalog section lists, params files): it says planrun. */
    private static boolean isPlan(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("planrun:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<ValidationMessage> validate(Path file) throws IOException {
        JsonNode node = YAML.readTree(file.toFile());
        return schema.validate(node);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositoryPlans")
    void everyPlanOfTheRepositoryMatchesTheSchema(Path plan) throws IOException {
        assertThat(new PlanLoader().load(plan).problems()).as("the loader accepts it").isEmpty();
        assertThat(validate(plan)).as(plan.toString()).isEmpty();
    }

    @Test
    void theRepositoryHasPlansToCheck() throws Exception {
        assertThat(repositoryPlans().filter(p -> p.startsWith(repository().resolve("plans")))).isNotEmpty();
    }

    /** Corpus plans whose mistake is in the shape of the file; the others are YAML or meaning errors. */
    static Stream<String> shapeMistakes() {
        return Stream.of("01-missing-version", "02-newer-version", "03-version-not-a-number", "04-misspelt-top-key",
                "05-misspelt-needs", "06-unknown-step-type", "07-missing-step-type", "08-missing-step-id",
                "10-needs-not-a-list", "11-run-as-string", "12-run-and-script", "13-neither-run-nor-script",
                "14-bad-duration", "15-bad-enum-word", "16-bad-on-failure", "17-rollback-auto-on-shell",
                "18-rollback-bad-word", "19-inline-rollback-with-id", "20-check-two-kinds", "21-check-no-kind",
                "22-expect-key-of-other-kind", "23-sql-missing-connection", "24-pip-python-and-venv",
                "25-pip-no-packages", "26-config-value-and-unset", "27-config-omero-with-file",
                "28-file-copy-missing-to", "29-manual-no-instructions", "31-not-a-mapping", "35-step-not-a-mapping",
                "36-param-bad-type", "37-retries-count-not-a-number", "38-wait-without-timeout", "42-null-value",
                "43-expect-on-all", "44-steps-not-a-list", "45-success-codes-not-numbers",
                "46-field-of-another-type", "47-missing-steps", "48-inline-rollback-with-needs",
                "49-file-check-with-equals", "50-config-set-section-not-ini", "51-several-problems",
                "63-bad-step-id", "64-bad-plan-id", "65-empty-steps", "70-success-code-out-of-range", "73-empty-all",
                "93-pip-uninstall-with-upgrade");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeMistakes")
    void theSchemaRefusesWhatTheLoaderRefusesForItsShape(String name) throws Exception {
        Path plan = Path.of(getClass().getResource("/malformed/" + name + ".yaml").toURI());
        assertThat(validate(plan)).isNotEmpty();
    }
}
