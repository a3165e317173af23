package dev.planrun.reviewed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes reviewed-plan files (JSON), and tells them apart from plan files. */
public final class ReviewedPlanFile {

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** The file's text, ending with a newline; its sha256 is the digest a ticket quotes. */
    public String write(ReviewedPlan plan) {
        try {
            return json.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reviewed plan", e);
        }
    }

    /** Whether a file is a reviewed plan (JSON with the reviewed format) rather than a plan. */
    public boolean isReviewedPlan(Path file) {
        try {
            byte[] head = new byte[512];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            String start = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading();
            return start.startsWith("{") && start.contains("\"format\"") && start.contains("planrun-reviewed/");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a reviewed plan.
     *
     * @throws InvalidReviewedPlanException with a message a person can act on
     */
    public ReviewedPlan read(Path file) throws InvalidReviewedPlanException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidReviewedPlanException(file + ": cannot read: " + e.getMessage());
        }
        try {
            JsonNode tree = json.readTree(text);
            String format = Optional.ofNullable(tree).map(t -> t.get("format")).map(JsonNode::asText).orElse("");
            if (!ReviewedPlan.FORMAT.equals(format)) {
                throw new InvalidReviewedPlanException(file + ": not a reviewed plan of format "
                        + ReviewedPlan.FORMAT + " (found format '" + format + "')");
            }
            ReviewedPlan plan = json.treeToValue(tree, ReviewedPlan.class);
            if (plan.plans() == null || plan.plans().isEmpty() || plan.params() == null || plan.files() == null) {
                throw new InvalidReviewedPlanException(file + ": incomplete reviewed plan (plans, params and files are required)");
            }
            return plan;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InvalidReviewedPlanException(where + ": not valid reviewed-plan JSON: " + e.getOriginalMessage());
        }
    }

    /** The sha256 of a reviewed file's bytes: what the markdown review and the run report quote. */
    public static String digest(Path file) throws IOException {
        return Digests.sha256(file);
    }
}
