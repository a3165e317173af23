package dev.planrun.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "9.3, 10.1",
        "5.19, 5.19.4",
        "5.3.4, 5.4",
        "OMERO5.3__1, OMERO5.4__0",
        "OMERO5.3__0, OMERO5.3__1",
        "OMERO3A__11, OMERO4__0",
        "OMERO4__0, OMERO4.1__0",
        "0.9.1, 0.10.0",
        "PostgreSQL 9.6.24, PostgreSQL 15.4",
    })
    void ordersByNumericParts(String lower, String higher) {
        assertThat(Versions.compare(lower, higher)).isNegative();
        assertThat(Versions.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"5.19, 5.19.0", "5.4, v5.4", "OMERO5.4__0, OMERO5.4__0", "10, 10.0.0"})
    void treatsMissingPartsAsZero(String a, String b) {
        assertThat(Versions.compare(a, b)).isZero();
    }

    @Test
    void refusesTextWithoutNumbers() {
        assertThat(Versions.isVersion("abc")).isFalse();
        assertThatThrownBy(() -> Versions.compare("abc", "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'abc' is not a version");
    }
}
