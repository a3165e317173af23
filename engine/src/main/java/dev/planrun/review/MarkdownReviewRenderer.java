package dev.planrun.review;

import static dev.planrun.review.Markdown.cell;
import static dev.planrun.review.Markdown.code;
import static dev.planrun.review.Markdown.text;

import dev.planrun.graph.MermaidRenderer;
import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review.ConnectionReview;
import dev.planrun.review.Review.PlanInfo;
import java.io.PrintWriter;
import java.util.List;

/**
 * The review as a change-ticket document: what, why, the steps in a table and in detail, a
 * Mermaid diagram, how a failure is rolled back, and a sign-off section.
 */
public final class MarkdownReviewRenderer implements ReviewRenderer {

    @Override
    public void render(Review review, PrintWriter out) {
        PlanInfo p = review.plan();
        out.println("# Change review: " + text(p.name()));
        out.println();
        out.println("| | |");
        out.println("| --- | --- |");
        out.println("| Plan | " + code(p.id()) + " |");
        if (p.product() != null) {
            out.println("| Product | " + cell(p.product()) + " " + cell(dash(p.from())) + " to " + cell(dash(p.to())) + " |");
        }
        out.println("| Plan file | " + (p.file() == null ? "(built in memory)" : code(p.file())) + " |");
        out.println("| Plan sha256 | " + (p.sha256() == null ? "(unknown)" : code(p.sha256())) + " |");
        if (review.reviewedFile() != null) {
            out.println("| Reviewed file | " + code(review.reviewedFile().path()) + " |");
            out.println("| Reviewed file sha256 | " + code(review.reviewedFile().sha256())
                    + " (quoted by the report of the run that applies it) |");
        }
        if (p.reference() != null) {
            out.println("| Reference | " + cell(p.reference()) + " |");
        }
        out.println("| On failure | " + p.onFailure() + " |");
        out.println("| Change ticket | _to fill in_ |");
        out.println("| Maintenance window | _to fill in_ |");
        if (p.description() != null && !p.description().isBlank()) {
            out.println();
            out.println(text(p.description().strip()));
        }
        summary(review, out);
        params(review.params(), review.connections(), out);
        if (!review.preconditions().isEmpty()) {
            out.println();
            out.println("## Plan preconditions");
            out.println();
            out.println("Checked before any step runs; the run stops (nothing changed) when one fails.");
            out.println();
            checkTable(review.preconditions(), out);
        }
        steps(review, out);
        rollback(review, out);
        signOff(out);
    }

    private static void summary(Review review, PrintWriter out) {
        Review.Summary s = review.summary();
        out.println();
        out.println("## Summary");
        out.println();
        out.println("- **" + s.steps() + " step" + (s.steps() == 1 ? "" : "s") + "**, in the order below.");
        out.println("- **Irreversible:** " + ids(s.irreversible())
                + (s.irreversible().isEmpty() ? "" : " (automatic rollback stops there; a person must look)"));
        out.println("- **Manual:** " + ids(s.manual()));
        out.println("- **No rollback declared:** " + ids(s.noRollback()));
        if (review.evaluated()) {
            out.println("- **Skipped now** (their `when` is false): " + ids(s.skipped()));
            out.println("- **Preconditions, evaluated read-only now:** " + s.checks().get("holds") + " hold, "
                    + s.checks().get("fails") + " fail, " + s.checks().get("not-evaluated") + " not evaluated, "
                    + s.checks().get("offline") + " skipped offline");
        } else {
            out.println("- **Conditions:** not evaluated");
        }
        if (!review.problems().isEmpty()) {
            out.println("- **Problems:**");
            review.problems().stream().map(Problem::toString).forEach(x -> out.println("  - " + code(x)));
        }
    }

    private static void params(List<ResolvedParam> params, List<ConnectionReview> connections, PrintWriter out) {
        if (!params.isEmpty()) {
            out.println();
            out.println("## Parameters");
            out.println();
            out.println("| Name | Type | Value | Source |");
            out.println("| --- | --- | --- | --- |");
            for (ResolvedParam x : params) {
                out.println("| " + code(x.name()) + " | " + x.type().word() + " | " + (x.display().isEmpty() ? "(empty)" : code(x.display())) + " | "
                        + x.source().label() + " |");
            }
        }
        if (!connections.isEmpty()) {
            out.println();
            out.println("## Connections");
            out.println();
            out.println("| Name | URL | User | Password |");
            out.println("| --- | --- | --- | --- |");
            for (ConnectionReview c : connections) {
                out.println("| " + code(c.name()) + " | " + code(c.url()) + " | " + code(c.user()) + " | "
                        + c.password() + " |");
            }
        }
    }

    private static void checkTable(List<CheckReview> checks, PrintWriter out) {
        out.println("| Check | Expect | Result |");
        out.println("| --- | --- | --- |");
        for (CheckReview c : checks) {
            String name = (c.id() == null ? "" : "**" + text(c.id()) + "**: ") + code(c.subject());
            String result = ReviewRenderer.status(c).isEmpty() ? "not evaluated"
                    : "**" + ReviewRenderer.status(c) + "**: " + cell(ReviewRenderer.outcome(c));
            out.println("| " + name + " | " + cell(c.expect() == null ? c.kind() : c.expect()) + " | " + result + " |");
        }
    }

    private static void steps(Review review, PrintWriter out) {
        out.println();
        out.println("## Steps");
        out.println();
        out.println("| # | Step | Type | What it will do | Rollback |");
        out.println("| ---: | --- | --- | --- | --- |");
        for (StepReview s : review.steps()) {
            String marks = (s.irreversible() ? " **IRREVERSIBLE**" : "") + (s.manual() ? " **MANUAL**" : "");
            out.println("| " + s.number() + " | " + code(s.id()) + marks + " | " + s.type() + " | " + code(s.does())
                    + " | " + cell(s.rollback().text()) + " |");
        }
        out.println();
        out.println("## Graph");
        out.println();
        out.print(Markdown.block("mermaid", new MermaidRenderer().render(review.graph(), review.plan().id())));
        out.println();
        out.println("## Step details");
        for (StepReview s : review.steps()) {
            out.println();
            out.println("### " + s.number() + ". " + code(s.id()) + (s.title() == null ? "" : ": " + text(s.title())));
            out.println();
            out.println("- **Does:** " + code(s.does()));
            if (!s.details().isEmpty()) {
                out.println();
                out.print(Markdown.block("text", String.join("\n", s.details())));
                out.println();
            }
            s.warnings().forEach(w -> out.println("- **Warning:** " + text(w)));
            out.println("- **Needs:** " + (s.needs().isEmpty() ? "nothing" : ids(s.needs())));
            if (s.when() != null) {
                out.println("- **When:** " + checkLine(s.when(), ReviewRenderer.whenStatus(s.when())));
            }
            s.preconditions().forEach(c -> out.println("- **Precondition** (on fail: " + c.onFail() + "): "
                    + checkLine(c, ReviewRenderer.status(c))));
            out.println("- **Rollback:** " + text(s.rollback().text()));
            if (s.timeout() != null) {
                out.println("- **Timeout:** " + s.timeout());
            }
            if (s.retries() != null) {
                out.println("- **Retries:** " + s.retries());
            }
            if (s.continueOnError()) {
                out.println("- **On error:** continue with the next step");
            }
            if (s.source() != null) {
                out.println("- **Source:** " + text(s.source()));
            }
        }
    }

    private static String checkLine(CheckReview c, String status) {
        String line = code(c.line());
        if (!status.isEmpty()) {
            line += " — **" + status + "**" + (ReviewRenderer.outcome(c).isEmpty() ? "" : ": " + text(ReviewRenderer.outcome(c)));
        }
        if (c.message() != null) {
            line += " (" + text(c.message()) + ")";
        }
        return line;
    }

    private static void rollback(Review review, PrintWriter out) {
        out.println();
        out.println("## Rollback");
        out.println();
        out.println("On failure the run " + ("rollback".equals(review.plan().onFailure())
                ? "rolls back the completed steps in reverse order:"
                : "stops where it failed (`on-failure: stop`); `planrun rollback` undoes the completed steps in"
                + " reverse order:"));
        out.println();
        out.println("| # | Step | Rollback |");
        out.println("| ---: | --- | --- |");
        List<StepReview> steps = review.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepReview s = steps.get(i);
            String rollback = s.irreversible() ? "**irreversible**: rollback stops here, a person must look"
                    : cell(s.rollback().text());
            out.println("| " + s.number() + " | " + code(s.id()) + " | " + rollback + " |");
        }
    }

    private static void signOff(PrintWriter out) {
        out.println();
        out.println("## Sign-off");
        out.println();
        out.println("| Role | Name | Date | Decision |");
        out.println("| --- | --- | --- | --- |");
        out.println("| Prepared by | | | |");
        out.println("| Reviewed by | | | |");
        out.println("| Approved by | | | |");
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(Markdown::code).toList());
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
