package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.examples.sim.OmeroReleases;
import dev.planrun.examples.sim.Programs;
import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import dev.planrun.testkit.TreeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every omero-server catalog plan applied on its own, by the real planrun jar, to a simulated site
 * and a real database at the plan's starting release.
 */
class OmeroServerHopsIT {

    /**
     * One catalog plan and the releases of the site it is for: the plan's {@code from} and
     * {@code to}, or the first release of the range its file name starts with
     * ({@code 5.3.0-5.3.3-to-5.4.yaml}).
     */
    record Hop(String file, String id, String from, String to, boolean pip) {

        static Hop of(Path plan) {
            try {
                JsonNode yaml = new YAMLMapper().readTree(plan.toFile());
                String name = plan.getFileName().toString();
                String start = name.substring(0, name.indexOf("-to-")).split("-")[0];
                boolean pip = false;
                for (JsonNode step : yaml.get("steps")) {
                    pip |= step.path("type").asText().equals("pip");
                }
                return new Hop(name, yaml.get("id").asText(), start, yaml.get("to").asText(), pip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file + " (" + from + " -> " + to + ")";
        }
    }

    static Stream<Hop> hops() throws IOException {
        try (Stream<Path> plans = Files.list(OmeroSite.PLANS)) {
            return plans.filter(p -> p.getFileName().toString().contains("-to-")).sorted().map(Hop::of).toList().stream();
        }
    }

    @TempDir
    Path dir;

    private static final DryRunEvidence DRY_RUNS = new DryRunEvidence();

    @AfterAll
    static void recordDryRuns() {
        DRY_RUNS.record("dry-run-omero-server", "Every omero-server plan reviewed (plan) and dry-run (apply --dry-run)"
                + " on a site at its starting release: files, database, virtualenv and service calls unchanged");
    }

    /**
     * The review and the dry-run first (they must change nothing: checked on the same site, which
     * saves building one per hop twice), then the apply.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hops")
    void aHopPlansReviewChangesNothingAndItsApplyUpgradesTheSiteOfItsStartingRelease(Hop hop) throws IOException {
        OmeroSite site = OmeroSite.create(dir.resolve("site"), hop.from(), hop.to(), OmeroDatabase.Options.clean(), hop.pip());
        var layout = site.layout();
        Path state = dir.resolve("state");
        PlanrunJar planrun = OmeroSite.planrun(dir);
        Path plan = OmeroSite.PLANS.resolve(hop.file());
        DRY_RUNS.check(planrun, site.state(), state, EndToEnd.stepOrder(plan).size(), site.planArgs(plan));

        PlanrunJar.Result r = site.apply(planrun, plan, state, "--yes");
        assertThat(r.code()).as("%s", r).isZero();

        String target = OmeroReleases.databaseOf(hop.to()).toString();
        List<String> expected = new ArrayList<>(site.initialHistory());
        if (!expected.get(expected.size() - 1).equals(target)) {
            expected.add(target);
            Path script = layout.releaseDir().resolve(OmeroReleases.HOPS.stream()
                    .filter(h -> h.to().toString().equals(target) && h.from().toString().equals(site.initialHistory()
                            .get(site.initialHistory().size() - 1))).findFirst().orElseThrow().script());
            if (Files.readString(script).contains("YOU HAVE SUCCESSFULLY UPGRADED")) {
                assertThat(OmeroSite.stepLog(state, hop.id(), "upgrade-database"))
                        .contains("YOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION " + target);
            } else {
                assertThat(OmeroSite.stepLog(state, hop.id(), "verify-database-version")).contains(target);
            }
        }
        assertThat(site.history()).as("dbpatch").containsExactlyElementsOf(expected);

        assertThat(site.dumps()).hasSize(1);
        String listing = new Programs().run(List.of(site.params().get("pg_restore"), "--list",
                site.dumps().get(0).toString()), null, Map.of());
        assertThat(listing).contains("TABLE public dbpatch").contains("TABLE DATA public image");

        assertThat(layout.serverDir().toRealPath()).isEqualTo(layout.releaseDir().toRealPath());
        assertThat(layout.releaseDir().resolve("etc/grid/config.xml")).content().contains(site.dbName());
        assertThat(site.omeroConfig("omero.db.name")).isEqualTo(site.dbName());
        assertThat(layout.oldInstallation().resolve("bin/omero")).exists();
        assertThat(layout.oldInstallation().resolve("etc/grid/config.xml")).content().contains(site.dbName());

        List<String> admin = new ArrayList<>();
        for (CallLog.Call call : site.callsSinceSetup()) {
            if (call.argv().size() == 2 && call.argv().get(0).equals("admin") && List.of("stop", "start").contains(call.argv().get(1))) {
                admin.add(call.command() + " in " + Path.of(call.home()).toRealPath());
            }
        }
        assertThat(admin).containsExactly("admin stop in " + layout.oldInstallation().toRealPath(),
                "admin start in " + layout.releaseDir().toRealPath());
        assertThat(layout.serverDir().resolve("var/state/server")).content().contains("running");
        if (hop.pip()) {
            assertThat(new VirtualEnvs().version(layout.venv(), "omero-py")).isEqualTo("5.19.4");
            assertThat(site.omeroConfig("omero.glacier2.IceSSL.Protocols")).isEqualTo("TLS1_2,TLS1_3");
        }
        EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
    }

    @Test
    void eachFiveThreeToFiveFourVariantRefusesTheOtherVariantsDatabaseAndChangesNothing() throws IOException {
        Map<String, String> variants = Map.of("5.3-to-5.4.yaml", "5.3.2", "5.3.0-5.3.3-to-5.4.yaml", "5.3.4");
        PlanrunJar planrun = OmeroSite.planrun(dir);
        for (var variant : variants.entrySet()) {
            Path root = dir.resolve("site-" + variant.getValue());
            OmeroSite site = OmeroSite.create(root, variant.getValue(), "5.4", OmeroDatabase.Options.clean(), false);
            TreeSnapshot files = TreeSnapshot.of(root);
            String data = PgTools.forTests().dump(TestPostgres.get().database(site.dbName()));

            PlanrunJar.Result r = site.apply(planrun, OmeroSite.PLANS.resolve(variant.getKey()), dir.resolve("state"), "--yes");

            assertThat(r.code()).as("%s on %s: %s", variant.getKey(), variant.getValue(), r).isEqualTo(3);
            assertThat(r.err()).contains("nothing was changed").contains("found '" + OmeroReleases.databaseOf(variant.getValue()) + "'");
            assertThat(TreeSnapshot.of(root)).isEqualTo(files);
            assertThat(PgTools.forTests().dump(TestPostgres.get().database(site.dbName()))).isEqualTo(data);
        }
    }
}
