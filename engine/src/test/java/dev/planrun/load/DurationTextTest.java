package dev.planrun.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"30s,PT30S", "10m,PT10M", "2h,PT2H", "1h30m,PT1H30M", "1d,PT24H", "1d2h,PT26H", "1.5s,PT1.5S",
            "90M,PT1H30M", "0s,PT0S", "1h0m5s,PT1H5S"})
    void parsesPlanDurations(String text, String iso) {
        assertThat(DurationText.parse(text)).contains(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "10 minutes", "1m30h", "PT30S", "-5s", "5ms", "1h-30m", "s", "1,5s", "1w", "h1"})
    void refusesEverythingElse(String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }
}
