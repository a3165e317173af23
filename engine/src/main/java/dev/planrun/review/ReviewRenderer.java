package dev.planrun.review;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Writes a {@link Review} in one format. Renderers only format: the review is already masked. */
public sealed interface ReviewRenderer permits TextReviewRenderer, MarkdownReviewRenderer, JsonReviewRenderer {

    void render(Review review, PrintWriter out);

    /** The whole rendering as a string. */
    default String render(Review review) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            render(review, out);
        }
        return text.toString();
    }

    /** The renderer for {@code text}, {@code markdown} or {@code json}. */
    static ReviewRenderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextReviewRenderer();
            case "markdown" -> new MarkdownReviewRenderer();
            case "json" -> new JsonReviewRenderer();
            default -> throw new IllegalArgumentException("unknown review format '" + format
                    + "' (expected text, markdown or json)");
        };
    }

    /** {@code holds}, {@code FAILS}, {@code not evaluated}, {@code offline}; empty when not evaluated. */
    static String status(CheckReview check) {
        if (check.result() == null) {
            return "";
        }
        return switch (check.result().status()) {
            case "fails" -> "FAILS";
            case "not-evaluated" -> "not evaluated";
            default -> check.result().status();
        };
    }

    /** For a step's {@code when}: {@code true: runs}, {@code false: skipped}, or as {@link #status}. */
    static String whenStatus(CheckReview when) {
        String status = status(when);
        return switch (status) {
            case "holds" -> "true: runs";
            case "FAILS" -> "false: skipped";
            default -> status;
        };
    }

    /** What was found, or why not: {@code found 5.3 (expected at least 5.4)}. */
    static String outcome(CheckReview check) {
        CheckReview.Result r = check.result();
        if (r == null) {
            return "";
        }
        return r.detail() == null ? "" : r.detail();
    }
}
