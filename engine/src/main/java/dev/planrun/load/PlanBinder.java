package dev.planrun.load;

import dev.planrun.load.YamlNode.Entry;
import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import dev.planrun.model.Check;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Binds the root mapping of a plan file into a {@link Plan}; every problem goes to {@link Problems}. */
final class PlanBinder {

    /** The format version this planrun reads. */
    static final int FORMAT = 1;
    static final List<String> KEYS = List.of("planrun", "id", "title", "product", "from", "to", "description",
            "reference", "on-failure", "params", "connections", "preconditions", "steps");
    static final List<String> PARAM_KEYS = List.of("type", "default", "required", "description", "env", "choices");
    static final List<String> CONNECTION_KEYS = List.of("url", "user", "password");

    private final Problems problems;

    PlanBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * The plan as far as it loaded (with errors, it leaves out what {@link Problems#unloaded()}
     * lists); empty when nothing about it can be judged (not a mapping, a newer format).
     */
    Optional<Plan> bind(YamlNode root, Path source) {
        if (!(root instanceof Mapping m)) {
            problems.error(root.position(), "a plan is a mapping of keys (planrun: 1, id, steps, ...), got "
                    + root.describe());
            return Optional.empty();
        }
        MapFields f = new MapFields(m, "the plan", problems);
        if (!version(f)) {
            return Optional.empty();
        }
        f.rejectUnknown(KEYS);
        String id = f.requiredText("id", "the plan's name, e.g. omero-server-5.3-to-5.4");
        Map<String, ParamSpec> params = params(f);
        Map<String, ConnectionSpec> connections = connections(f);
        List<Check> preconditions = new CheckBinder(problems).list(f, "preconditions", "plan precondition %d");
        List<Step> steps = steps(f);
        Plan plan = new Plan(FORMAT, id, f.text("title"), f.text("product"), f.text("from"), f.text("to"),
                f.text("description"), f.text("reference"), f.word("on-failure", OnFailure.class, OnFailure.STOP),
                params, connections, preconditions, steps, source, m.position());
        return Optional.of(plan);
    }

    /** False when the plan is of a newer format: nothing else about it can be judged. */
    private boolean version(MapFields f) {
        YamlNode n = f.node("planrun");
        if (n == null) {
            problems.error(f.position(), "missing 'planrun: 1' (the plan format version); add `planrun: 1` as the first line");
            return true;
        }
        if (n instanceof Scalar s && s.kind() == YamlNode.Kind.INT) {
            try {
                int v = Integer.parseInt(s.text());
                if (v == FORMAT) {
                    return true;
                }
                if (v > FORMAT) {
                    problems.error(n.position(), "this plan needs planrun format " + v + "; this planrun reads format "
                            + FORMAT + " (upgrade planrun to use it)");
                    return false;
                }
            } catch (NumberFormatException e) {
                // not a plain decimal version: the message below
            }
        }
        String got = n instanceof Scalar s && !s.isNull() ? "'" + s.text() + "'" : n.describe();
        problems.error(n.position(), "'planrun' in the plan: expected 1 (the plan format version), got " + got);
        return true;
    }

    private Map<String, ParamSpec> params(MapFields f) {
        return named(f, "params", "param", "a mapping like {type: string, default: ...}", PARAM_KEYS,
                problems.unloaded()::recordParam,
                (name, p, at) -> new ParamSpec(name, p.word("type", ParamType.class, ParamType.STRING), defaultValue(p),
                        p.flag("required", false), p.text("description"), p.text("env"), p.texts("choices", "allowed values"), at));
    }

    /** A scalar's text, or a list of scalars' texts (list params). */
    private Object defaultValue(MapFields p) {
        YamlNode n = p.node("default");
        if (n == null) {
            return null;
        }
        if (n instanceof Sequence) {
            return p.texts("default", "values");
        }
        if (n instanceof Scalar s && !s.isNull()) {
            return s.text();
        }
        p.expected("default", n, "a value (write \"\" for an empty string) or a list");
        return null;
    }

    private Map<String, ConnectionSpec> connections(MapFields f) {
        return named(f, "connections", "connection", "a mapping with url, user, password", CONNECTION_KEYS,
                problems.unloaded()::recordConnection,
                (name, c, at) -> new ConnectionSpec(name, c.requiredText("url", "a JDBC url, e.g. jdbc:postgresql://host:5432/db"),
                        c.text("user"), c.text("password"), at));
    }

    /** Builds one value of a mapping of user-chosen names ({@code params}, {@code connections}). */
    private interface NamedBinder<T> {
        T bind(String name, MapFields fields, Position namePosition);
    }

    /** @param unloaded told the name of each value that is not a mapping */
    private <T> Map<String, T> named(MapFields f, String key, String kind, String shape, List<String> keys,
                                     Consumer<String> unloaded, NamedBinder<T> binder) {
        Map<String, T> out = new LinkedHashMap<>();
        MapFields all = f.mapping(key, "'" + key + "' of the plan");
        if (all == null) {
            if (f.has(key)) {
                problems.unloaded().recordSection(key);
            }
            return out;
        }
        for (Entry e : all.namedEntries()) {
            if (!(e.value() instanceof Mapping m)) {
                problems.error(e.value().position(), kind + " '" + e.key() + "': expected " + shape + ", got "
                        + e.value().describe());
                unloaded.accept(e.key());
                continue;
            }
            // the record's position is its name's, so its fields are recorded against that
            MapFields fields = new MapFields(m, kind + " '" + e.key() + "'", problems, e.keyPosition());
            fields.rejectUnknown(keys);
            out.put(e.key(), binder.bind(e.key(), fields, e.keyPosition()));
        }
        return out;
    }

    private List<Step> steps(MapFields f) {
        YamlNode n = f.node("steps");
        if (n == null) {
            f.missing("steps", "the list of steps the plan runs");
            return List.of();
        }
        if (!(n instanceof Sequence seq)) {
            f.expected("steps", n, "a list of steps");
            return List.of();
        }
        StepBinder binder = new StepBinder(problems);
        List<Step> steps = new ArrayList<>(seq.items().size());
        for (int i = 0; i < seq.items().size(); i++) {
            Step s = binder.bind(seq.items().get(i), i + 1);
            if (s != null) {
                steps.add(s);
            } else {
                f.failed("steps");
            }
        }
        return steps;
    }
}
