package dev.planrun.validate;

import dev.planrun.model.Position;
import dev.planrun.model.SqlStep;
import dev.planrun.problem.Problem;

/**
 * Turns a place in a sql step's inline script (named by the step id, line and column in the
 * script) into the place in the plan file: exact for a literal block ({@code script: |}) and a
 * plain one-line value; otherwise the {@code script:} key, with the script's line and column in
 * the message. Places in files the script includes stay as they are.
 */
final class InlineScriptPlace {

    private static final String KEY = "script:";

    private final SqlStep step;
    private final Position key;
    /** Where the script's line 1, column 1 is in the plan file; null when the text does not say. */
    private final Position origin;
    private final boolean block;

    InlineScriptPlace(SqlStep step, ValidationContext context) {
        this.step = step;
        Position found = context.find(KEY, step.position()).orElse(null);
        this.key = found == null ? step.position() : found;
        String line = found == null ? null : context.line(found).orElse(null);
        String value = line == null || !line.startsWith(KEY, found.column() - 1) ? null
                : line.substring(found.column() - 1 + KEY.length());
        String v = value == null ? "" : value.strip();
        this.block = v.equals("|") || v.equals("|-") || v.equals("|+");
        if (block) {
            String body = context.line(Position.of(found.file(), found.line() + 1, 1)).orElse("");
            origin = Position.of(found.file(), found.line() + 1, body.length() - body.stripLeading().length() + 1);
        } else if (!v.isEmpty() && "|>'\"&*!{[#".indexOf(v.charAt(0)) < 0) {
            origin = Position.of(found.file(), found.line(),
                    found.column() + KEY.length() + value.length() - value.stripLeading().length());
        } else {
            origin = null;
        }
    }

    Problem of(Problem p) {
        Position at = p.position();
        if (step.file() != null || !at.file().equals(step.id())) {
            return p;
        }
        if (origin != null && at.line() >= 1 && (block || at.line() == 1)) {
            Position mapped = Position.of(origin.file(), origin.line() + at.line() - 1,
                    (at.line() == 1 || block ? origin.column() : 1) + Math.max(0, at.column() - 1));
            return new Problem(p.severity(), mapped, p.message());
        }
        return new Problem(p.severity(), key, p.message() + " (line " + at.line() + ", column " + at.column()
                + " of the inline script of step '" + step.id() + "')");
    }
}
