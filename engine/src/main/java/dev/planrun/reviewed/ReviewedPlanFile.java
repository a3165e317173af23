package dev.planrun.reviewed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.planrun.load.Utf8Text;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes reviewed-plan files (JSON), and tells them apart from plan files. */
public final class ReviewedPlanFile {

    /** Jackson's {@code Duplicate field 'engine' for `ObjectNode`: ...}. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The file's text, ending with a newline; its sha256 is the digest a ticket quotes. */
    public String write(ReviewedPlan plan) {
        try {
            return json.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reviewed plan", e);
        }
    }

    /**
     * Writes the file atomically (a temporary file beside it, then renamed), so that a reader
     * never sees half of it.
     *
     * @param replace false: an existing file is kept and {@link FileAlreadyExistsException} thrown
     * @return the sha256 of the bytes written
     */
    public String write(ReviewedPlan plan, Path file, boolean replace) throws IOException {
        Path target = file.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        byte[] bytes = write(plan).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return Digests.sha256(bytes);
    }

    /**
     * Whether a file is meant as a reviewed plan rather than a plan: a JSON object whose first
     * key is {@code "format"} (what {@link #write} writes; plans have no such key). Whether it is
     * a valid one is for {@link #read} to say.
     */
    public boolean isReviewedPlan(Path file) {
        try {
            byte[] head = new byte[4096];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            String start = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return start.startsWith("{") && start.substring(1).stripLeading().startsWith("\"format\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a reviewed plan.
     *
     * @throws InvalidReviewedPlanException with the file, line and column and what is wrong there
     */
    public ReviewedPlan read(Path file) throws InvalidReviewedPlanException {
        String text;
        try {
            List<Problem> problems = new ArrayList<>();
            text = Utf8Text.decode(Files.readAllBytes(file), file.toString(), "a reviewed file", problems);
            if (text == null) {
                throw new InvalidReviewedPlanException(problems.get(0).position() + ": " + problems.get(0).message());
            }
        } catch (IOException e) {
            throw new InvalidReviewedPlanException(file + ": cannot read: " + e.getMessage());
        }
        try {
            JsonNode tree = json.readTree(text);
            JsonNode format = tree == null ? null : tree.get("format");
            if (format == null || !ReviewedPlan.FORMAT.equals(format.asText())) {
                throw new InvalidReviewedPlanException(file + ":1:1: not a reviewed plan of format "
                        + ReviewedPlan.FORMAT + " (found " + (format == null ? "no format" : "format " + format) + ")");
            }
            ReviewedPlan plan = json.readValue(text, ReviewedPlan.class);
            String missing = missing(plan);
            if (missing != null) {
                throw new InvalidReviewedPlanException(file + ":1:1: incomplete reviewed plan: " + missing);
            }
            return plan;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null || loc.getLineNr() < 0 ? file + ":1:1"
                    : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InvalidReviewedPlanException(where + ": not a valid reviewed plan: " + explain(e));
        }
    }

    /** Jackson's finding in a person's words: which key, and what it should be. */
    private static String explain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'" + in(u.getPath().subList(0, u.getPath().size() - 1));
        }
        if (e instanceof MismatchedInputException m) {
            String message = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
            var missing = java.util.regex.Pattern.compile("Missing required creator property '([^']+)'").matcher(message);
            if (missing.find()) {
                var path = m.getPath();
                boolean last = !path.isEmpty() && missing.group(1).equals(path.get(path.size() - 1).getFieldName());
                return "missing '" + missing.group(1) + "'" + in(last ? path.subList(0, path.size() - 1) : path);
            }
            if (!m.getPath().isEmpty() && m.getTargetType() != null) {
                return "'" + path(m.getPath()) + "' must be " + kind(m.getTargetType());
            }
        }
        String message = firstLine(e.getOriginalMessage());
        Matcher twice = DUPLICATE.matcher(message);
        if (twice.find()) {
            return "'" + twice.group(1) + "' is given twice";
        }
        if (message.startsWith("Trailing token")) {
            return "more text after the reviewed plan's closing '}'";
        }
        return message.replace("end-of-input", "end of the file");
    }

    private static String in(List<JsonMappingException.Reference> path) {
        return path.isEmpty() ? "" : " in '" + path(path) + "'";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String kind(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    /** What the JSON types cannot say: what must not be null or empty. */
    private static String missing(ReviewedPlan plan) {
        if (plan.plans() == null || plan.plans().isEmpty()) {
            return "'plans' holds no plan";
        }
        if (plan.params() == null || plan.files() == null) {
            return "'params' and 'files' must be an object and a list";
        }
        for (ReviewedPlan.PlanText p : plan.plans()) {
            if (p == null || p.text() == null || p.sha256() == null || (p.path() == null) == (p.resource() == null)) {
                return "each of 'plans' needs 'sha256', 'text' and either 'path' or 'resource'";
            }
        }
        if (plan.files().stream().anyMatch(f -> f == null || f.path() == null)) {
            return "each of 'files' needs a 'path'";
        }
        for (Map.Entry<String, Object> p : plan.params().entrySet()) {
            Object v = p.getValue();
            boolean plain = v instanceof String || v instanceof Number || v instanceof Boolean
                    || v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String || x instanceof Number);
            if (!plain) {
                return "param '" + p.getKey() + "' must be a text, a number, a boolean or a list of texts";
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The sha256 of a reviewed file's bytes: what the markdown review and the run report quote. */
    public static String digest(Path file) throws IOException {
        return Digests.sha256(file);
    }
}
