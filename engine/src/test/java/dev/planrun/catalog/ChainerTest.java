package dev.planrun.catalog;

import static dev.planrun.catalog.CatalogFixtures.hop;
import static dev.planrun.catalog.CatalogFixtures.paramCheck;
import static dev.planrun.catalog.CatalogFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Chain;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChainerTest {

    private static Plan omeroLikeHop(String from, String to) {
        return hop(from, to, List.of(paramCheck("at_" + from)),
                step("backup", Chain.ONCE_FIRST),
                step("stop", Chain.ONCE_FIRST, "backup"),
                step("db", Chain.EVERY_HOP, "stop"),
                step("switch", Chain.ONCE_LAST, "db"),
                step("start", Chain.ONCE_LAST, "switch"));
    }

    private static Map<String, List<String>> needs(Plan plan) {
        return plan.steps().stream().collect(Collectors.toMap(Step::id, s -> s.common().needs(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void keepsOnceFirstStepsInTheFirstHopAndOnceLastStepsInTheLast() {
        Plan chained = new Chainer().chain(List.of(omeroLikeHop("1", "2"), omeroLikeHop("2", "3"),
                omeroLikeHop("3", "4")));

        assertThat(chained.steps()).extracting(Step::id).containsExactly(
                "p-1-to-2.backup", "p-1-to-2.stop", "p-1-to-2.db",
                "p-2-to-3.db",
                "p-3-to-4.db", "p-3-to-4.switch", "p-3-to-4.start");
        assertThat(chained.id()).isEqualTo("p-1-to-4");
        assertThat(chained.from()).isEqualTo("1");
        assertThat(chained.to()).isEqualTo("4");
    }

    @Test
    void eachHopStartsAfterThePreviousOneEnds() {
        Plan chained = new Chainer().chain(List.of(omeroLikeHop("1", "2"), omeroLikeHop("2", "3"),
                omeroLikeHop("3", "4")));

        assertThat(needs(chained)).containsEntry("p-1-to-2.stop", List.of("p-1-to-2.backup"))
                .containsEntry("p-1-to-2.db", List.of("p-1-to-2.stop"))
                // stop was dropped from hop 2: its db step starts after hop 1's last step instead
                .containsEntry("p-2-to-3.db", List.of("p-1-to-2.db"))
                .containsEntry("p-3-to-4.db", List.of("p-2-to-3.db"))
                .containsEntry("p-3-to-4.switch", List.of("p-3-to-4.db"));
    }

    @Test
    void laterHopsCheckTheirPreconditionsWhenTheyStart() {
        Plan chained = new Chainer().chain(List.of(omeroLikeHop("1", "2"), omeroLikeHop("2", "3")));

        assertThat(chained.preconditions()).hasSize(1);
        assertThat(chained.step("p-2-to-3.db").orElseThrow().common().preconditions())
                .extracting(c -> ((dev.planrun.model.Check.ParamCheck) c).name()).containsExactly("at_2");
        assertThat(chained.step("p-1-to-2.db").orElseThrow().common().preconditions()).isEmpty();
    }

    @Test
    void aSingleHopIsItself() {
        Plan one = omeroLikeHop("1", "2");
        assertThat(new Chainer().chain(List.of(one))).isSameAs(one);
    }
}
