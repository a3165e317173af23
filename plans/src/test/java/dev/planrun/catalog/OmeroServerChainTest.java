package dev.planrun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The omero-server hops chain from 3.2 to 5.6, and each hop keeps the documents' safety order. */
class OmeroServerChainTest {

    private static final List<String> RELEASES =
            List.of("3.2", "4.0", "4.1", "4.2", "4.3", "4.4", "5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6");
    private static final Pattern TARGET = Pattern.compile("(OMERO[^/]+)/[^/]+\\.sql$");

    private final List<CatalogPlan> plans = CatalogFiles.ofModule().plans("omero-server");

    @Test
    void hopsConnectEveryReleaseAndTheirDatabaseVersions() {
        String database = "OMERO3A__11";
        for (int i = 0; i + 1 < RELEASES.size(); i++) {
            String from = RELEASES.get(i);
            String to = RELEASES.get(i + 1);
            String current = database;
            List<CatalogPlan> hops = plans.stream().filter(p -> p.from().equals(from) && p.to().equals(to)).toList();
            CatalogPlan hop = hops.stream().filter(p -> startsAt(p).equals(current)).findFirst().orElse(null);
            assertThat(hop).as("a hop " + from + " -> " + to + " starting at " + current).isNotNull();
            database = reaches(hop);
        }
        assertThat(database).isEqualTo("OMERO5.4__0");
    }

    @Test
    void bothFiveThreeVariantsExistAndDifferByDbpatch() {
        List<String> starts = plans.stream().filter(p -> p.from().equals("5.3") && p.to().equals("5.4"))
                .map(this::startsAt).sorted().toList();
        assertThat(starts).containsExactly("OMERO5.3__0", "OMERO5.3__1");
    }

    @Test
    void theBackupAndTheReleaseComeBeforeAnyChange() {
        for (CatalogPlan plan : plans) {
            List<String> ids = plan.stepIds();
            int backup = ids.indexOf("backup-database");
            assertThat(backup).as(plan.id()).isNotNegative();
            for (String change : List.of("stop-web", "stop-server", "carry-over-config", "data-fix", "upgrade-database",
                    "switch-server-dir", "start-server")) {
                assertThat(ids.indexOf(change) < 0 || ids.indexOf(change) > backup).as(plan.id() + " " + change).isTrue();
            }
            int extract = ids.indexOf("extract-release");
            assertThat(extract).as(plan.id()).isNotNegative();
            for (String reader : List.of("precheck", "prepare-permissions-report", "data-fix", "upgrade-database")) {
                assertThat(ids.indexOf(reader) < 0 || ids.indexOf(reader) > extract).as(plan.id() + " " + reader).isTrue();
            }
        }
    }

    @Test
    void onceFirstStepsPrecedeEveryHopStepsWhichPrecedeOnceLastSteps() {
        for (CatalogPlan plan : plans) {
            int lastFirst = -1;
            int firstLast = Integer.MAX_VALUE;
            int firstDatabase = Integer.MAX_VALUE;
            List<JsonNode> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                String chain = steps.get(i).path("chain").asText("");
                if (chain.equals("once-first")) {
                    lastFirst = i;
                } else if (chain.equals("once-last")) {
                    firstLast = Math.min(firstLast, i);
                } else if (steps.get(i).path("type").asText().equals("sql")) {
                    firstDatabase = Math.min(firstDatabase, i);
                }
            }
            assertThat(lastFirst).as(plan.id()).isLessThan(firstLast);
            if (firstDatabase != Integer.MAX_VALUE && !plan.stepIds().contains("precheck")) {
                assertThat(lastFirst).as(plan.id() + ": database steps run after the once-first steps").isLessThan(firstDatabase);
            }
        }
    }

    @Test
    void fiveSixNeedsOmeroPyAndCertificates() {
        CatalogPlan hop = plans.stream().filter(p -> p.id().equals("omero-server-5.5-to-5.6")).findFirst().orElseThrow();
        assertThat(hop.param("omero_py_version").path("default").asText()).isEqualTo("5.19.4");
        assertThat(hop.stepIds()).containsSubsequence("upgrade-omero-py", "upgrade-omero-certificates",
                "unset-icessl-protocols", "unset-icessl-protocol-version-max", "regenerate-certificates",
                "clear-bioformats-cache", "start-server");
    }

    private String startsAt(CatalogPlan plan) {
        return plan.precondition("db-version").path("expect").asText();
    }

    private String reaches(CatalogPlan plan) {
        return plan.steps().stream().filter(s -> s.path("id").asText().equals("upgrade-database"))
                .map(s -> TARGET.matcher(s.path("file").asText())).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(startsAt(plan));
    }
}
