package dev.planrun.model;

/**
 * What a leaf check's value must satisfy. Every non-null field must hold; when all are null the
 * default of the check kind applies (sql: at least one row; command: exit code 0; file: exists;
 * param: not empty).
 *
 * @param equals   equality with the value (first column of the first row, trimmed output, the param)
 * @param matches  a regex found in the value
 * @param atLeast  version-aware lower bound (9.3 < 10.1, 5.19.4 >= 5.19)
 * @param atMost   version-aware upper bound
 * @param exists   a path exists (file) or a row exists (sql)
 * @param exitCode command checks: the exit code
 * @param rows     sql checks: the number of rows
 */
public record Expect(String equals, String matches, String atLeast, String atMost, Boolean exists,
                     Integer exitCode, Integer rows) {

    public static final Expect DEFAULT = new Expect(null, null, null, null, null, null, null);

    public static Expect equalTo(String value) {
        return new Expect(value, null, null, null, null, null, null);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
