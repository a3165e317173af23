package dev.planrun.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.catalog.Catalog;
import dev.planrun.catalog.CatalogEntry;
import dev.planrun.catalog.CatalogException;
import dev.planrun.catalog.CatalogRoute;
import dev.planrun.catalog.Chainer;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalog, read the way the command reads it: from the class path. */
class CatalogRouteTest {

    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.fromClassPath(CatalogRouteTest.class.getClassLoader(), new PlanLoader());
    }

    @Test
    void everyShippedPlanLoadsWithoutProblems() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.products()).containsExactly("omero-server", "omero-web", "openrem");
        assertThat(catalog.product("omero-server")).hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void omeroFrom32To56TakesEveryMajorHop() throws CatalogException {
        CatalogRoute route = CatalogRoute.find(catalog, "omero-server", "3.2", "5.6", null);
        assertThat(route.hops()).extracting(CatalogEntry::id).containsExactly(
                "omero-server-3.2-to-4.0", "omero-server-4.0-to-4.1", "omero-server-4.1-to-4.2",
                "omero-server-4.2-to-4.3", "omero-server-4.3-to-4.4", "omero-server-4.4-to-5.0",
                "omero-server-5.0-to-5.1", "omero-server-5.1-to-5.2", "omero-server-5.2-to-5.3",
                "omero-server-5.3-to-5.4", "omero-server-5.4-to-5.5", "omero-server-5.5-to-5.6");
        assertThat(route.notes()).singleElement().asString().contains("the previous hop leads to it");
    }

    @Test
    void theFirstHopVariantFollowsTheDatabase() throws CatalogException {
        String dbVersion = "OMERO5.3__0";
        String from = CatalogRoute.startFromDatabase(catalog, "omero-server", dbVersion, "5.6").orElseThrow();
        CatalogRoute route = CatalogRoute.find(catalog, "omero-server", from, "5.6", CatalogRoute.startsAt(dbVersion));
        assertThat(route.hops()).extracting(CatalogEntry::id).containsExactly(
                "omero-server-5.3.0-5.3.3-to-5.4", "omero-server-5.4-to-5.5", "omero-server-5.5-to-5.6");
    }

    @Test
    void theStartingVersionIsFoundFromTheDatabase() {
        assertThat(CatalogRoute.startFromDatabase(catalog, "omero-server", "OMERO3A__11", "5.6")).contains("3.2");
        assertThat(CatalogRoute.startFromDatabase(catalog, "omero-server", "OMERO5.4__0", "5.6")).contains("5.4");
        assertThat(CatalogRoute.startFromDatabase(catalog, "omero-server", "OMERO9__0", "5.6")).isEmpty();
    }

    @Test
    void aChainedRunInstallsOnceAndUpgradesTheDatabaseEveryHop() throws CatalogException {
        CatalogRoute route = CatalogRoute.find(catalog, "omero-server", "3.2", "5.6", null);
        Plan chained = new Chainer().chain(route.hops().stream().map(CatalogEntry::plan).toList());
        List<String> ids = chained.steps().stream().map(Step::id).toList();
        assertThat(ids.stream().filter(id -> id.contains("backup"))).isNotEmpty()
                .allMatch(id -> id.startsWith("omero-server-3.2-to-4.0."));
        assertThat(ids.stream().filter(id -> id.endsWith(".start-server") || id.endsWith(".start")))
                .allMatch(id -> id.startsWith("omero-server-5.5-to-5.6."));
    }

    @Test
    void explainsWhatIsMissing() {
        assertThatThrownBy(() -> CatalogRoute.find(catalog, "omero-server", "3.2", "9.9", null))
                .hasMessageContaining("no chain of omero-server plans goes from 3.2 to 9.9");
        assertThatThrownBy(() -> CatalogRoute.find(catalog, "omero", "3.2", "5.6", null))
                .hasMessageContaining("products: omero-server, omero-web, openrem");
    }
}
