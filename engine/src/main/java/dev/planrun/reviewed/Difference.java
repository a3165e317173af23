package dev.planrun.reviewed;

/**
 * One way the world differs from what was reviewed.
 *
 * @param kind    what changed
 * @param subject the plan path, param name or file path
 * @param detail  reviewed value -> current value (digests shortened; never a secret)
 */
public record Difference(Kind kind, String subject, String detail) {

    /** What changed since the review. */
    public enum Kind {
        PLAN_CHANGED, PARAM_CHANGED, FILE_CHANGED, ENGINE_CHANGED
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case PLAN_CHANGED -> "plan changed";
            case PARAM_CHANGED -> "param changed";
            case FILE_CHANGED -> "file changed";
            case ENGINE_CHANGED -> "planrun version changed";
        };
        return what + ": " + subject + (detail == null ? "" : " (" + detail + ")");
    }
}
