package dev.planrun.review;

import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review.ConnectionReview;
import dev.planrun.review.Review.PlanInfo;
import java.io.PrintWriter;
import java.util.List;

/** The review for a terminal: plain text, one block per step, no colours. */
public final class TextReviewRenderer implements ReviewRenderer {

    @Override
    public void render(Review review, PrintWriter out) {
        PlanInfo p = review.plan();
        out.println("Plan: " + p.name() + " (" + p.id() + ")");
        if (p.product() != null) {
            out.println("  " + p.product() + " " + nullToDash(p.from()) + " -> " + nullToDash(p.to()));
        }
        if (p.file() != null) {
            out.println("  file " + p.file() + (p.sha256() == null ? "" : " (sha256 " + p.sha256() + ")"));
        }
        if (review.reviewedFile() != null) {
            out.println("  reviewed file " + review.reviewedFile().path() + " (sha256 " + review.reviewedFile().sha256() + ")");
        }
        if (p.reference() != null) {
            out.println("  reference " + p.reference());
        }
        out.println("  on failure: " + p.onFailure());
        if (p.description() != null && !p.description().isBlank()) {
            out.println();
            p.description().strip().lines().forEach(l -> out.println("  " + l));
        }
        params(review.params(), out);
        connections(review.connections(), out);
        if (!review.preconditions().isEmpty()) {
            out.println();
            out.println("Plan preconditions (checked before any step):");
            review.preconditions().forEach(c -> check("", c, ReviewRenderer.status(c), out));
        }
        out.println();
        out.println("Steps, in run order:");
        for (StepReview s : review.steps()) {
            step(s, out);
        }
        summary(review, out);
    }

    private static void params(List<ResolvedParam> params, PrintWriter out) {
        if (params.isEmpty()) {
            return;
        }
        out.println();
        out.println("Parameters:");
        int width = params.stream().mapToInt(x -> x.name().length()).max().orElse(0);
        for (ResolvedParam param : params) {
            String value = param.display().isEmpty() ? "(empty)" : param.display();
            out.println("  " + pad(param.name(), width) + "  " + value + "  (" + param.source().label() + ")");
        }
    }

    private static void connections(List<ConnectionReview> connections, PrintWriter out) {
        if (connections.isEmpty()) {
            return;
        }
        out.println();
        out.println("Connections:");
        for (ConnectionReview c : connections) {
            out.println("  " + c.name() + "  " + c.url() + (c.user() == null ? "" : "  user " + c.user())
                    + "  password " + c.password());
        }
    }

    private static void step(StepReview s, PrintWriter out) {
        out.println();
        String marks = (s.irreversible() ? "  IRREVERSIBLE" : "") + (s.manual() ? "  MANUAL" : "");
        String title = s.title() == null || s.title().isBlank() ? "" : ": " + s.title();
        String number = Integer.toString(s.number());
        out.println(" ".repeat(Math.max(0, 3 - number.length())) + number + ". " + s.id() + " (" + s.type() + ")" + title
                + marks);
        field("does", s.does(), out);
        s.details().forEach(d -> field("", d, out));
        s.warnings().forEach(w -> field("warning", w, out));
        if (!s.needs().isEmpty()) {
            field("needs", String.join(", ", s.needs()), out);
        }
        if (s.when() != null) {
            check("       when      ", s.when(), ReviewRenderer.whenStatus(s.when()), out);
        }
        s.preconditions().forEach(c -> check("       requires  ", c, ReviewRenderer.status(c), out));
        field("rollback", s.rollback().text(), out);
        if (s.timeout() != null) {
            field("timeout", s.timeout(), out);
        }
        if (s.retries() != null) {
            field("retries", s.retries(), out);
        }
        if (s.continueOnError()) {
            field("on error", "continue with the next step", out);
        }
        if (s.source() != null) {
            field("source", s.source(), out);
        }
    }

    private static void field(String name, String value, PrintWriter out) {
        out.println("       " + pad(name, 9) + " " + value);
    }

    private static void check(String prefix, CheckReview c, String status, PrintWriter out) {
        String lead = prefix.isEmpty() ? "  " : prefix;
        out.println(lead + (status.isEmpty() ? "" : "[" + status + "] ") + c.line());
        String indent = " ".repeat(lead.length() + 2);
        String outcome = ReviewRenderer.outcome(c);
        if (!outcome.isEmpty()) {
            out.println(indent + outcome);
        }
        if (c.message() != null && c.result() != null && !"holds".equals(c.result().status())) {
            out.println(indent + c.message());
        }
        c.parts().forEach(part -> check(indent, part, ReviewRenderer.status(part), out));
    }

    private static void summary(Review review, PrintWriter out) {
        Review.Summary s = review.summary();
        out.println();
        out.println("Summary:");
        out.println("  " + s.steps() + " step" + (s.steps() == 1 ? "" : "s"));
        out.println("  irreversible: " + list(s.irreversible()));
        out.println("  manual: " + list(s.manual()));
        out.println("  no rollback declared: " + list(s.noRollback()));
        if (review.evaluated()) {
            out.println("  skipped now (when is false): " + list(s.skipped()));
            out.println("  preconditions now: " + s.checks().get("holds") + " hold, " + s.checks().get("fails")
                    + " fail, " + s.checks().get("not-evaluated") + " not evaluated, " + s.checks().get("offline")
                    + " skipped offline");
        } else {
            out.println("  conditions: not evaluated");
        }
        if (!review.problems().isEmpty()) {
            out.println();
            out.println("Problems:");
            review.problems().stream().map(Problem::toString).forEach(x -> out.println("  " + x));
        }
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }
}
