package dev.planrun.exec;

/**
 * Whether an interrupted step may be run again on resume, and why.
 */
public record ResumeSafety(boolean safe, String reason) {

    public static ResumeSafety safe(String reason) {
        return new ResumeSafety(true, reason);
    }

    public static ResumeSafety unsafe(String reason) {
        return new ResumeSafety(false, reason);
    }
}
