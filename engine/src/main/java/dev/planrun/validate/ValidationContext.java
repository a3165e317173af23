package dev.planrun.validate;

import dev.planrun.load.Unloaded;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import java.util.Map;
import java.util.Optional;

/**
 * What rules may know besides the plan, for one validation.
 */
public final class ValidationContext {

    private final Map<String, Object> suppliedParams;
    private final Map<String, String> environment;
    private final SourceText source;
    private final Unloaded unloaded;
    private Plan partsOf;
    private PlanParts parts;

    /**
     * @param suppliedParams the param values a person gave (a String, or a List of Strings for list
     *                       params); null when none are known yet (then required params are not checked)
     * @param environment    for {@code env:} params that supply a required value
     * @param source         the plan file's text, to point at the exact place of a reference; null
     *                       when not at hand (problems then point at the step, check or param)
     */
    public ValidationContext(Map<String, Object> suppliedParams, Map<String, String> environment, SourceText source) {
        this(suppliedParams, environment, source, Unloaded.NONE);
    }

    /**
     * @param unloaded what the plan file holds that did not load ({@link Unloaded#NONE} for a plan
     *                 that loaded whole): rules judge what did, and say nothing that only follows
     *                 from what did not
     */
    public ValidationContext(Map<String, Object> suppliedParams, Map<String, String> environment, SourceText source,
                             Unloaded unloaded) {
        this.suppliedParams = suppliedParams;
        this.environment = environment == null ? Map.of() : Map.copyOf(environment);
        this.source = source;
        this.unloaded = unloaded;
    }

    /** What the plan file holds that did not load. */
    public Unloaded unloaded() {
        return unloaded;
    }

    public Optional<Map<String, Object>> supplied() {
        return Optional.ofNullable(suppliedParams);
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** The plan's steps and checks with their names, listed once per validation and shared by the rules. */
    PlanParts parts(Plan plan) {
        if (partsOf != plan) {
            parts = new PlanParts(plan);
            partsOf = plan;
        }
        return parts;
    }

    /**
     * Where {@code needle} is written, searching the source text from {@code from}; {@code from}
     * itself when the text is not at hand or does not contain it.
     */
    public Position locate(String needle, Position from) {
        return find(needle, from).orElse(from);
    }

    /**
     * Where {@code key:} is written in the mapping that starts at {@code owner}; {@code owner}
     * when the text is not at hand.
     */
    public Position keyOf(String key, Position owner) {
        return locate(key + ":", owner);
    }

    /**
     * Where the value of {@code key:} is written in the mapping that starts at {@code owner} (where
     * a mistake in it is): its first character when it is on the key's line, else the key;
     * {@code owner} when the text is not at hand.
     */
    public Position valueOf(String key, Position owner) {
        return find(key + ":", owner).map(at -> valueAfter(at, key)).orElse(owner);
    }

    /** As {@link #valueOf} for a key of the plan's top level (written at the start of a line). */
    public Position topLevelValue(String key, Position plan) {
        return find("\n" + key + ":", plan).map(p -> valueAfter(Position.of(p.file(), p.line() + 1, 1), key)).orElse(plan);
    }

    /** The first character after {@code key:} at {@code keyAt} on its line; the key when the value starts below. */
    private Position valueAfter(Position keyAt, String key) {
        String text = line(keyAt).orElse("");
        int i = keyAt.column() - 1 + key.length() + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '#' ? keyAt : Position.of(keyAt.file(), keyAt.line(), i + 1);
    }

    /** A line of the plan file's text, when it is at hand. */
    public Optional<String> line(Position at) {
        return source == null ? Optional.empty() : source.line(at.file(), at.line());
    }

    /** Where {@code needle} is written at or after {@code from}, when the source text is at hand and has it. */
    public Optional<Position> find(String needle, Position from) {
        return source == null ? Optional.empty() : source.find(needle, from);
    }
}
