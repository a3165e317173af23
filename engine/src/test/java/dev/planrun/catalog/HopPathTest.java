package dev.planrun.catalog;

import static dev.planrun.catalog.CatalogFixtures.hop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HopPathTest {

    private static CatalogEntry entry(String from, String to) {
        return new CatalogEntry("catalog/p/" + from + "-to-" + to + ".yaml", "", hop(from, to));
    }

    private static final List<CatalogEntry> CATALOG = List.of(
            entry("4.4", "5.0"), entry("3.2", "4.0"), entry("4.0", "4.1"), entry("4.1", "4.2"),
            entry("4.2", "4.3"), entry("4.3", "4.4"), entry("5.0", "5.1"), entry("4.2.0", "4.2.2"));

    @Test
    void findsEveryHopInVersionOrder() {
        var hops = HopPath.find(CATALOG, "3.2", "5.1").orElseThrow();
        assertThat(hops).extracting(alts -> alts.get(0).from() + ">" + alts.get(0).to())
                .containsExactly("3.2>4.0", "4.0>4.1", "4.1>4.2", "4.2>4.3", "4.3>4.4", "4.4>5.0", "5.0>5.1");
    }

    @Test
    void listsVariantsOfTheSameHop() {
        List<CatalogEntry> withVariants = List.of(entry("5.2", "5.3"),
                new CatalogEntry("a", "", hop("5.3", "5.4")), new CatalogEntry("b", "", hop("5.3", "5.4")));
        var hops = HopPath.find(withVariants, "5.2", "5.4").orElseThrow();
        assertThat(hops).hasSize(2);
        assertThat(hops.get(1)).extracting(CatalogEntry::resource).containsExactly("a", "b");
    }

    @Test
    void noPathWhenVersionsDoNotConnect() {
        assertThat(HopPath.find(CATALOG, "3.2", "6.0")).isEmpty();
        assertThat(HopPath.find(CATALOG, "5.1", "3.2")).isEmpty();
        assertThat(HopPath.find(CATALOG, "4.0", "4.0")).isEmpty();
    }

    @Test
    void versionOrderComparesNumericParts() {
        assertThat(VersionOrder.INSTANCE.compare("4.10", "4.9")).isPositive();
        assertThat(VersionOrder.INSTANCE.compare("5.3", "5.3.4")).isNegative();
        assertThat(VersionOrder.parts("OMERO5.3__1")).containsExactly(5L, 3L, 1L);
    }
}
