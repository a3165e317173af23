package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --product P --from V --to V}: the catalog plans of a product chained into one plan. */
class ChainedPlanTest {

    private static final String[] SITE = {"-p", "release_archive=/nonexistent/OMERO.server-5.6.zip",
            "-p", "release_dir=/nonexistent/OMERO.server-5.6"};

    private static CliRun review(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(SITE));
        all.addAll(List.of("--offline", "--format", "json"));
        // the 5.6 hop puts the virtualenv in front of ${env:PATH}
        return CliRun.run(Map.of("PATH", "/usr/bin:/bin"), Path.of("").toAbsolutePath(), all.toArray(String[]::new));
    }

    @Test
    void theReviewOfAChainShowsEveryHopWithOneBackupOneStopAndOneStart() throws Exception {
        CliRun run = review("plan", "--product", "omero-server", "--from", "5.2", "--to", "5.6");
        // the sandbox site does not exist here: the file preconditions fail, so plan exits 3
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        JsonNode review = new ObjectMapper().readTree(run.out());
        assertThat(review.at("/plan/id").asText()).isEqualTo("omero-server-5.2-to-5.6");
        assertThat(review.at("/plan/description").asText()).contains("omero-server-5.2-to-5.3", "omero-server-5.3-to-5.4",
                "omero-server-5.4-to-5.5", "omero-server-5.5-to-5.6");
        List<String> ids = new ArrayList<>();
        review.get("steps").forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).filteredOn(id -> id.endsWith(".backup-database")).containsExactly("omero-server-5.2-to-5.3.backup-database");
        assertThat(ids).filteredOn(id -> id.endsWith(".stop-server")).containsExactly("omero-server-5.2-to-5.3.stop-server");
        assertThat(ids).filteredOn(id -> id.endsWith(".start-server")).containsExactly("omero-server-5.5-to-5.6.start-server");
        List<String> upgrades = ids.stream().filter(id -> id.endsWith(".upgrade-database")).toList();
        assertThat(upgrades).containsExactly("omero-server-5.2-to-5.3.upgrade-database",
                "omero-server-5.3-to-5.4.upgrade-database");
        assertThat(ids.indexOf("omero-server-5.2-to-5.3.backup-database"))
                .isLessThan(ids.indexOf(upgrades.get(0)));
        assertThat(ids.indexOf(upgrades.get(1))).isLessThan(ids.indexOf("omero-server-5.5-to-5.6.start-server"));
    }

    @Test
    void aPlanFileAndAProductTogetherIsAUsageError() {
        CliRun run = CliRun.run("plan", CliRun.HELLO.toString(), "--product", "omero-server", "--from", "5.5", "--to", "5.6");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give either a plan file or --product with --from and --to, not both");
    }

    @Test
    void neitherAPlanFileNorAProductIsAUsageError() {
        CliRun run = CliRun.run("apply");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give a plan file, or --product with --from and --to");
    }

    @Test
    void aProductWithoutItsRangeIsAUsageError() {
        CliRun run = CliRun.run("graph", "--product", "omero-server", "--to", "5.6");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("a catalog chain needs all three of --product, --from and --to");
    }

    @Test
    void noChainBetweenTheVersionsSaysSo() {
        CliRun run = CliRun.run("apply", "--product", "omero-server", "--from", "5.6", "--to", "3.2");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no chain of omero-server plans goes from 5.6 to 3.2").doesNotContain("Exception");
    }

    @Test
    void theGraphOfAChainHasEveryHop() {
        CliRun run = CliRun.run("graph", "--product", "omero-server", "--from", "4.4", "--to", "5.1", "--format", "mermaid");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("omero-server-4.4-to-5.0.upgrade-database", "omero-server-5.0-to-5.1.upgrade-database");
    }
}
