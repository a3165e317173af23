package dev.planrun.check;

/**
 * What a leaf check saw before its expectation is applied. Fields a kind does not observe are null.
 *
 * @param value    the first column of the first row, the trimmed output, the file's trimmed content,
 *                 the param's value (null: none)
 * @param exists   a row exists, the path exists, the param is not empty
 * @param exitCode a command's exit code
 * @param rows     a query's row count
 */
record Observation(String value, Boolean exists, Integer exitCode, Integer rows) {

    static Observation ofValue(String value, boolean exists) {
        return new Observation(value, exists, null, null);
    }

    /** How the observation is shown: the value, or what stands for it. */
    String shown() {
        if (value != null) {
            return value;
        }
        if (rows != null) {
            return rows == 0 ? "no rows" : "NULL";
        }
        if (exists != null) {
            return exists ? "(no value)" : "missing";
        }
        return exitCode == null ? "(nothing)" : "exit code " + exitCode;
    }
}
