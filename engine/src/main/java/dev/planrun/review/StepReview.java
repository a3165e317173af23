package dev.planrun.review;

import java.util.List;

/**
 * One step as the review shows it: resolved, secrets masked.
 *
 * @param number    1-based position in the run order
 * @param needs     ids of the steps it needs, as written
 * @param does      one line: what the step will do
 * @param details   further lines: the resolved command, files, keys, packages
 * @param warnings  what the reviewer should know (from the preview)
 * @param rollback  how the step is undone
 * @param when      the step's condition (null: always runs)
 * @param timeout   e.g. {@code 10m} (null: none)
 * @param retries   e.g. {@code 3 x every 10s} (null: none)
 * @param source    the section of the reference document the step implements (null: none)
 */
public record StepReview(int number, String id, String title, String type, List<String> needs, String does,
                         List<String> details, List<String> warnings, RollbackReview rollback, CheckReview when,
                         List<CheckReview> preconditions, String timeout, String retries, boolean continueOnError,
                         List<String> tags, String source, boolean manual) {

    public StepReview {
        needs = List.copyOf(needs);
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
        preconditions = List.copyOf(preconditions);
        tags = List.copyOf(tags);
    }

    public boolean irreversible() {
        return rollback.kind() == RollbackReview.Kind.IRREVERSIBLE;
    }

    /** The title, or the id when there is none. */
    public String name() {
        return title == null || title.isBlank() ? id : title;
    }

    /**
     * How a step is undone.
     *
     * @param text {@code auto: <the executor's inverse>}, {@code inline: <what the body does>},
     *             {@code irreversible} or {@code no rollback declared}
     */
    public record RollbackReview(Kind kind, String text) {

        /** The four rollback forms. */
        public enum Kind {
            AUTO, INLINE, IRREVERSIBLE, UNDECLARED;

            /** The word used in JSON: auto, inline, irreversible, undeclared. */
            public String word() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }
}
