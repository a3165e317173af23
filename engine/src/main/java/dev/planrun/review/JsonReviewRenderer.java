package dev.planrun.review;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review.ConnectionReview;
import dev.planrun.review.Review.PlanInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The review for programs: {@code "format": "planrun-plan/1"}, keys always present and always in
 * the same order (null where a value is absent), documented in {@code docs/review-json.md}.
 */
public final class JsonReviewRenderer implements ReviewRenderer {

    public static final String FORMAT = "planrun-plan/1";

    /** Two-space indents, {@code "key": value}, {@code []} for empty arrays, the same on every OS. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonFactory factory = new JsonFactory();

    @Override
    public void render(Review review, PrintWriter out) {
        try (JsonGenerator g = factory.createGenerator(out).setPrettyPrinter(PRETTY)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            plan(review.plan(), g);
            g.writeArrayFieldStart("params");
            for (ResolvedParam p : review.params()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("type", p.type().word());
                g.writeStringField("value", p.display());
                g.writeStringField("source", p.source().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("connections");
            for (ConnectionReview c : review.connections()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("url", c.url());
                g.writeStringField("user", c.user());
                g.writeStringField("password", c.hasPassword() ? c.password() : null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanField("evaluated", review.evaluated());
            checks("preconditions", review.preconditions(), g);
            g.writeArrayFieldStart("steps");
            for (StepReview s : review.steps()) {
                step(s, g);
            }
            g.writeEndArray();
            summary(review.summary(), g);
            g.writeArrayFieldStart("problems");
            for (Problem p : review.problems()) {
                g.writeStartObject();
                g.writeStringField("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("file", p.position().file());
                g.writeNumberField("line", p.position().line());
                g.writeNumberField("column", p.position().column());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void plan(PlanInfo p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("plan");
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.title());
        g.writeStringField("product", p.product());
        g.writeStringField("from", p.from());
        g.writeStringField("to", p.to());
        g.writeStringField("description", p.description());
        g.writeStringField("reference", p.reference());
        g.writeStringField("onFailure", p.onFailure());
        g.writeStringField("file", p.file());
        g.writeStringField("sha256", p.sha256());
        g.writeEndObject();
    }

    private static void step(StepReview s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", s.number());
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("type", s.type());
        strings("needs", s.needs(), g);
        g.writeStringField("does", s.does());
        strings("details", s.details(), g);
        strings("warnings", s.warnings(), g);
        g.writeObjectFieldStart("rollback");
        g.writeStringField("kind", s.rollback().kind().word());
        g.writeStringField("text", s.rollback().text());
        g.writeEndObject();
        g.writeBooleanField("irreversible", s.irreversible());
        g.writeBooleanField("manual", s.manual());
        g.writeFieldName("when");
        check(s.when(), g);
        checks("preconditions", s.preconditions(), g);
        g.writeStringField("timeout", s.timeout());
        g.writeStringField("retries", s.retries());
        g.writeBooleanField("continueOnError", s.continueOnError());
        strings("tags", s.tags(), g);
        g.writeStringField("source", s.source());
        g.writeEndObject();
    }

    private static void checks(String name, List<CheckReview> checks, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (CheckReview c : checks) {
            check(c, g);
        }
        g.writeEndArray();
    }

    private static void check(CheckReview c, JsonGenerator g) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("kind", c.kind());
        g.writeStringField("subject", c.subject());
        g.writeStringField("expect", c.expect());
        g.writeStringField("message", c.message());
        g.writeStringField("onFail", c.onFail());
        g.writeFieldName("result");
        if (c.result() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("status", c.result().status());
            g.writeStringField("observed", c.result().observed());
            g.writeStringField("detail", c.result().detail());
            g.writeEndObject();
        }
        checks("parts", c.parts(), g);
        g.writeEndObject();
    }

    private static void summary(Review.Summary s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("steps", s.steps());
        strings("irreversible", s.irreversible(), g);
        strings("manual", s.manual(), g);
        strings("noRollback", s.noRollback(), g);
        strings("skipped", s.skipped(), g);
        g.writeObjectFieldStart("checks");
        for (Map.Entry<String, Integer> e : s.checks().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void strings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
