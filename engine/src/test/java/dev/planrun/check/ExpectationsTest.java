package dev.planrun.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.check.CheckResult.Status;
import dev.planrun.check.Expectations.Kind;
import dev.planrun.check.Expectations.Verdict;
import dev.planrun.model.Expect;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    private static Expect expect(String equals, String matches, String atLeast, String atMost) {
        return new Expect(equals, matches, atLeast, atMost, null, null, null);
    }

    private static Verdict sqlValue(Expect e, String value) {
        return Expectations.apply(Kind.SQL, e, new Observation(value, value != null, null, value == null ? 0 : 1));
    }

    @Test
    void equalsComparesTheValueIgnoringSurroundingSpace() {
        assertThat(sqlValue(Expect.equalTo("OMERO5.3__1"), "OMERO5.3__1 ").status()).isEqualTo(Status.HOLDS);
        Verdict v = sqlValue(Expect.equalTo("OMERO5.3__1"), "OMERO5.2__0");
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).isEqualTo("expected 'OMERO5.3__1', found 'OMERO5.2__0'");
    }

    @Test
    void equalsOnAQueryWithoutRowsFailsSayingSo() {
        Verdict v = sqlValue(Expect.equalTo("x"), null);
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).isEqualTo("expected 'x', found no rows");
    }

    @Test
    void matchesFindsTheRegexAnywhere() {
        assertThat(sqlValue(expect(null, "5\\.4\\.\\d+", null, null), "OMERO.server 5.4.10-ice36").status())
                .isEqualTo(Status.HOLDS);
        assertThat(sqlValue(expect(null, "^5\\.3", null, null), "5.4.0").status()).isEqualTo(Status.FAILS);
    }

    @Test
    void anchoredRegexesMatchAnEmptyValueAndLinesOfALongerOne() {
        // an unset OMERO property prints nothing: "unset or one of these" must hold for it
        Expect unsetOrFile = expect(null, "^(omeroweb[.]filesessionstore|django[.]contrib[.]sessions[.]backends[.]file)?$",
                null, null);
        assertThat(sqlValue(unsetOrFile, "").status()).isEqualTo(Status.HOLDS);
        assertThat(sqlValue(unsetOrFile, "omeroweb.filesessionstore").status()).isEqualTo(Status.HOLDS);
        assertThat(sqlValue(unsetOrFile, "django.contrib.sessions.backends.cache").status()).isEqualTo(Status.FAILS);
        assertThat(sqlValue(expect(null, "^$", null, null), "").status()).isEqualTo(Status.HOLDS);
        assertThat(sqlValue(expect(null, "^Version: 0[.]9[.]1$", null, null), "Name: openrem\nVersion: 0.9.1\nSummary: x")
                .status()).isEqualTo(Status.HOLDS);
    }

    @Test
    void anInvalidRegexCannotBeEvaluated() {
        Verdict v = sqlValue(expect(null, "(", null, null), "x");
        assertThat(v.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(v.detail()).contains("not a valid regular expression");
    }

    @Test
    void boundsAreVersionAware() {
        assertThat(sqlValue(expect(null, null, "9.3", null), "10.1").status()).isEqualTo(Status.HOLDS);
        assertThat(sqlValue(expect(null, null, "5.19", null), "5.19.4").status()).isEqualTo(Status.HOLDS);
        assertThat(sqlValue(expect(null, null, null, "5.19"), "5.19.4").status()).isEqualTo(Status.FAILS);
        assertThat(sqlValue(expect(null, null, "5.3", "5.6"), "5.6.0").status()).isEqualTo(Status.HOLDS);
        Verdict low = sqlValue(expect(null, null, "OMERO5.3__1", null), "OMERO5.3__0");
        assertThat(low.status()).isEqualTo(Status.FAILS);
        assertThat(low.detail()).isEqualTo("expected at least OMERO5.3__1, found OMERO5.3__0");
    }

    @Test
    void aValueWithoutNumbersIsNotWithinABound() {
        Verdict v = sqlValue(expect(null, null, "9.4", null), "unknown");
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).contains("which is not a version");
    }

    @Test
    void everyGivenExpectationMustHold() {
        Expect both = new Expect("5.4.1", null, "5.5", null, null, null, null);
        Verdict v = sqlValue(both, "5.4.1");
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).isEqualTo("expected at least 5.5, found 5.4.1");
    }

    @Test
    void sqlDefaultsToARowAndCountsRows() {
        assertThat(Expectations.apply(Kind.SQL, Expect.DEFAULT, new Observation(null, false, null, 0)).status())
                .isEqualTo(Status.FAILS);
        assertThat(Expectations.apply(Kind.SQL, null, new Observation(null, true, null, 1)).status())
                .isEqualTo(Status.HOLDS);
        Expect three = new Expect(null, null, null, null, null, null, 3);
        assertThat(Expectations.apply(Kind.SQL, three, new Observation("a", true, null, 2)).detail())
                .isEqualTo("expected 3 row(s), found 2");
        Expect none = new Expect(null, null, null, null, false, null, null);
        assertThat(Expectations.apply(Kind.SQL, none, new Observation(null, false, null, 0)).status())
                .isEqualTo(Status.HOLDS);
    }

    @Test
    void commandsMustExitZeroUnlessAnExitCodeIsExpected() {
        Observation failed = new Observation("5.4.0", null, 2, null);
        Verdict v = Expectations.apply(Kind.COMMAND, Expect.equalTo("5.4.0"), failed);
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).startsWith("exited with code 2");
        Expect two = new Expect(null, null, null, null, null, 2, null);
        assertThat(Expectations.apply(Kind.COMMAND, two, failed).status()).isEqualTo(Status.HOLDS);
        assertThat(Expectations.apply(Kind.COMMAND, Expect.DEFAULT, new Observation("", null, 0, null)).status())
                .isEqualTo(Status.HOLDS);
    }

    @Test
    void expectationsOfAnotherKindAreNotEvaluated() {
        Expect rows = new Expect(null, null, null, null, null, null, 1);
        assertThat(Expectations.apply(Kind.FILE, rows, Observation.ofValue(null, true)).status())
                .isEqualTo(Status.NOT_EVALUATED);
        Expect exists = new Expect(null, null, null, null, true, null, null);
        assertThat(Expectations.apply(Kind.COMMAND, exists, new Observation("", null, 0, null)).status())
                .isEqualTo(Status.NOT_EVALUATED);
    }

    @Test
    void filesDefaultToExisting() {
        Verdict v = Expectations.apply(Kind.FILE, Expect.DEFAULT, Observation.ofValue(null, false));
        assertThat(v.status()).isEqualTo(Status.FAILS);
        assertThat(v.detail()).isEqualTo("expected the path to exist, it is missing");
        Expect absent = new Expect(null, null, null, null, false, null, null);
        assertThat(Expectations.apply(Kind.FILE, absent, Observation.ofValue(null, false)).status())
                .isEqualTo(Status.HOLDS);
    }

    @Test
    void describesExpectations() {
        assertThat(Expectations.describe(new Expect(null, null, "5.3", "5.6", null, null, null)))
                .isEqualTo("at least 5.3 and at most 5.6");
        assertThat(Expectations.describe(Expect.DEFAULT)).isEqualTo("default");
    }
}
