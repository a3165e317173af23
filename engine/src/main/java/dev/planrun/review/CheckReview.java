package dev.planrun.review;

import dev.planrun.check.CheckResult;
import java.util.List;

/**
 * A condition as the review shows it (resolved, secrets masked).
 *
 * @param id       the check's {@code id:} (null when none)
 * @param kind     sql, command, file, param, all, any or not
 * @param subject  what is looked at, e.g. {@code file /opt/omero/server}
 * @param expect   the expectation in words, e.g. {@code at least 5.4}; {@code default} for the kind's default
 * @param message  what the operator sees when it fails (null when none)
 * @param onFail   halt, skip or warn (step preconditions; plan preconditions always halt)
 * @param result   the evaluation now (null when the review evaluated nothing)
 * @param parts    the checks an all/any/not combines
 */
public record CheckReview(String id, String kind, String subject, String expect, String message, String onFail,
                          Result result, List<CheckReview> parts) {

    public CheckReview {
        parts = List.copyOf(parts);
    }

    /**
     * What evaluating the check found.
     *
     * @param status   holds, fails, not-evaluated or offline
     * @param observed the value found (masked; null when none)
     * @param detail   why, in words (masked)
     */
    public record Result(String status, String observed, String detail) {

        static Result of(CheckResult r) {
            return new Result(r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r.observed(),
                    r.detail());
        }
    }

    /** One line: {@code [id] subject (expect ...)}. */
    public String line() {
        StringBuilder out = new StringBuilder();
        if (id != null) {
            out.append(id).append(": ");
        }
        out.append(subject);
        if (expect != null && !"default".equals(expect)) {
            out.append(" (expect ").append(expect).append(')');
        }
        return out.toString();
    }
}
