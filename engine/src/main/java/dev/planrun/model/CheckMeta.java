package dev.planrun.model;

/**
 * What every check has besides its condition.
 *
 * @param id      optional name shown in reviews and journals
 * @param message what the operator sees when the check fails
 * @param onFail  what a failing step precondition does (plan preconditions always halt)
 * @param polling poll until the check holds (null: evaluate once)
 */
public record CheckMeta(String id, String message, OnFail onFail, Wait polling, Position position) {

    public CheckMeta {
        onFail = onFail == null ? OnFail.HALT : onFail;
    }

    /** What happens when a step precondition fails. */
    public enum OnFail {
        HALT, SKIP, WARN
    }

    public static CheckMeta at(Position position) {
        return new CheckMeta(null, null, OnFail.HALT, null, position);
    }
}
