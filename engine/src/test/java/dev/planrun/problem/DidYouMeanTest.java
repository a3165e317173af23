package dev.planrun.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private final List<String> keys = List.of("needs", "when", "preconditions", "rollback", "timeout");

    @Test
    void suggestsTheClosestKnownName() {
        assertThat(DidYouMean.closest("need", keys)).contains("needs");
        assertThat(DidYouMean.closest("precondition", keys)).contains("preconditions");
        assertThat(DidYouMean.closest("rollbakc", keys)).contains("rollback");
        assertThat(DidYouMean.closest("TimeOut", keys)).contains("timeout");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(DidYouMean.closest("xyz", keys)).isEmpty();
        assertThat(DidYouMean.closest("description", keys)).isEmpty();
        assertThat(DidYouMean.suffix("xyz", keys)).isEmpty();
    }

    @Test
    void swapOfNeighboursCountsAsOneEdit() {
        assertThat(DidYouMean.distance("db_nmae", "db_name")).isEqualTo(1);
        assertThat(DidYouMean.suffix("db_nmae", List.of("db_host", "db_name"))).isEqualTo("; did you mean 'db_name'?");
    }

    @Test
    void hintIsAParentheticalReadyToAppend() {
        assertThat(DidYouMean.hint("need", keys)).isEqualTo(" (did you mean 'needs'?)");
        assertThat(DidYouMean.hint("xyz", keys)).isEmpty();
    }

    @Test
    void aWordThatStartsWithAKnownOneIsAlsoSuggested() {
        assertThat(DidYouMean.closest("integer", List.of("string", "int", "bool"))).contains("int");
        assertThat(DidYouMean.closest("boolean", List.of("string", "int", "bool"))).contains("bool");
        assertThat(DidYouMean.closest("in", List.of("int"))).contains("int");
    }
}
