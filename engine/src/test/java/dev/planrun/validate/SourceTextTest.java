package dev.planrun.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Position;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private final SourceText text = new SourceText("p.yaml", "a: 1\nb: x ${y}\n  c: ${y}\n");

    @Test
    void findsTheFirstPlaceAtOrAfterAPosition() {
        assertThat(text.find("${y}", Position.of("p.yaml", 1, 1))).contains(Position.of("p.yaml", 2, 6));
        assertThat(text.find("${y}", Position.of("p.yaml", 2, 7))).contains(Position.of("p.yaml", 3, 6));
        assertThat(text.find("${y}", Position.of("p.yaml", 3, 7))).isEmpty();
    }

    @Test
    void positionsOfAnotherFileOrOutsideTheTextAreNotSearched() {
        assertThat(text.find("a", Position.of("other.yaml", 1, 1))).isEmpty();
        assertThat(text.find("a", Position.NONE)).isEmpty();
        assertThat(text.find("a", Position.of("p.yaml", 99, 1))).isEmpty();
    }
}
