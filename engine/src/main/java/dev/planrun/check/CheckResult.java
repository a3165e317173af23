package dev.planrun.check;

import dev.planrun.model.Check;
import java.util.List;

/**
 * What evaluating one check found. Every text in it is already masked (no secret value).
 *
 * @param status   holds, fails, could not be evaluated, or skipped offline
 * @param check    the check as evaluated (resolved)
 * @param subject  what was looked at, e.g. {@code file /opt/omero/server/OMERO.server}
 * @param observed the value found (masked; null when nothing was observed)
 * @param detail   why it fails or could not be evaluated, e.g. {@code expected at least 5.4, found 5.3};
 *                 for a check that holds, what was verified
 * @param message  the check's own {@code message:} for the operator (null when the plan gave none)
 * @param children results of the checks an all/any/not combines, in order
 */
public record CheckResult(Status status, Check check, String subject, String observed, String detail,
                          String message, List<CheckResult> children) {

    /** How a check came out. */
    public enum Status {
        /** The condition is true. */
        HOLDS,
        /** The condition is false. */
        FAILS,
        /** It could not be decided (a query error, a program that would not start). */
        NOT_EVALUATED,
        /** Skipped: it needs a connection or a program and the evaluation is offline. */
        OFFLINE
    }

    public CheckResult {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static CheckResult holds(Check check, String subject, String observed, String detail) {
        return new CheckResult(Status.HOLDS, check, subject, observed, detail, null, List.of());
    }

    public static CheckResult fails(Check check, String subject, String observed, String detail) {
        return new CheckResult(Status.FAILS, check, subject, observed, detail, check.meta().message(), List.of());
    }

    public static CheckResult notEvaluated(Check check, String subject, String why) {
        return new CheckResult(Status.NOT_EVALUATED, check, subject, null, why, check.meta().message(), List.of());
    }

    public static CheckResult offline(Check check, String subject) {
        return new CheckResult(Status.OFFLINE, check, subject, null, "not evaluated (offline)", null, List.of());
    }

    public boolean holds() {
        return status == Status.HOLDS;
    }

    /** The same result with another status and detail (polling, combinations). */
    CheckResult with(Status newStatus, String newDetail) {
        String msg = newStatus == Status.HOLDS || newStatus == Status.OFFLINE ? null : check.meta().message();
        return new CheckResult(newStatus, check, subject, observed, newDetail, msg, children);
    }

    /**
     * One line for the operator: the check's message when it has one and does not hold, followed
     * by the detail, e.g. {@code the database must be at OMERO5.3__1 (expected OMERO5.3__1, found OMERO5.2__0)}.
     */
    public String explanation() {
        if (message == null || message.isBlank()) {
            return subject + ": " + detail;
        }
        return message + " (" + subject + ": " + detail + ")";
    }

    /** The check's id when it has one, else its subject. */
    public String name() {
        String id = check.meta().id();
        return id == null || id.isBlank() ? subject : id;
    }
}
