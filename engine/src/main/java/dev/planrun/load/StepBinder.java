package dev.planrun.load;

import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.model.Chain;
import dev.planrun.model.Retries;
import dev.planrun.model.Rollback;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import dev.planrun.problem.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Binds steps: the common fields, the rollback, then the type's own fields. */
final class StepBinder {

    static final List<String> COMMON = List.of("id", "title", "type", "needs", "when", "preconditions", "timeout",
            "retries", "rollback", "continue-on-error", "tags", "chain", "source");
    /** What an inline rollback body may say besides its type's fields. */
    static final List<String> INLINE_COMMON = List.of("type", "title", "timeout", "retries");
    /** Types whose executor knows its own inverse: rollback omitted means auto. */
    static final Set<String> SELF_INVERSE = Set.of("file-copy", "config-set", "pip");

    private final Problems problems;
    private final CheckBinder checks;

    StepBinder(Problems problems) {
        this.problems = problems;
        this.checks = new CheckBinder(problems);
    }

    /**
     * The step at 1-based {@code index} of the plan's steps; null when it cannot be bound at all or
     * has no id (then it is recorded as {@link Unloaded}).
     */
    Step bind(YamlNode node, int index) {
        if (!(node instanceof Mapping m)) {
            problems.error(node.position(), "step #" + index
                    + ": expected a step (a mapping with id, type and the type's fields), got " + node.describe());
            problems.unloaded().recordStep(null, node.position());
            return null;
        }
        MapFields f = new MapFields(m, "step #" + index, problems);
        String id = f.text("id");
        if (id != null) {
            f = new MapFields(m, "step '" + id + "'", problems);
        } else if (!f.has("id")) {
            f.missing("id", "a unique name other steps can list in 'needs'");
        }
        String type = type(f);
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(keysOf(type));
        String t = type;
        f.rejectUnknown(allowed, k -> t == null ? null : StepBodies.otherTypeHint(k, t));
        if (!f.has("type")) {
            f.missing("type", "one of " + String.join(", ", StepBodies.KEYS.keySet()));
        }

        String where = f.where();
        StepCommon common = new StepCommon(id, f.text("title"), f.texts("needs", "step ids"),
                f.has("when") ? checks.bind(f.node("when"), "'when' of " + where) : null,
                checks.list(f, "preconditions", "precondition %d of " + where.replace("%", "%%")),
                f.duration("timeout"), retries(f), rollback(f, type, id), f.flag("continue-on-error", false),
                f.texts("tags", "tags"), f.word("chain", Chain.class, Chain.EVERY_HOP), f.text("source"),
                f.extensions(), m.position());
        Step step = type == null ? null : StepBodies.bind(type, f, common);
        if (step == null || id == null) {
            problems.unloaded().recordStep(id, m.position());
            return null;
        }
        return step;
    }

    /** The step type, or null when missing or unknown (an unknown one is reported). */
    private String type(MapFields f) {
        Set<String> types = StepBodies.KEYS.keySet();
        String type = f.text("type");
        if (type != null && !types.contains(type)) {
            f.error("type", "unknown step type '" + type + "'" + DidYouMean.hint(type, types)
                    + "; the types are " + String.join(", ", types));
            return null;
        }
        return type;
    }

    private static List<String> keysOf(String type) {
        if (type != null) {
            return StepBodies.KEYS.get(type);
        }
        Set<String> all = new LinkedHashSet<>();
        StepBodies.KEYS.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private Retries retries(MapFields f) {
        MapFields r = f.mapping("retries", "'retries' of " + f.where());
        if (r == null) {
            return null;
        }
        r.rejectUnknown(List.of("count", "delay"));
        Integer count = r.integer("count");
        if (!r.has("count")) {
            r.missing("count", "how many more attempts after a failure, e.g. count: 3");
        }
        return new Retries(count == null ? 0 : count, r.duration("delay"), r.position());
    }

    private Rollback rollback(MapFields f, String type, String id) {
        YamlNode n = f.node("rollback");
        if (n == null) {
            return type == null || SELF_INVERSE.contains(type) ? Rollback.AUTO : Rollback.UNDECLARED;
        }
        if (n instanceof Scalar s && !s.isNull()) {
            if (s.text().equals("none")) {
                return Rollback.NONE;
            }
            if (s.text().equals("auto")) {
                if (type != null && !SELF_INVERSE.contains(type)) {
                    f.error("rollback", type + " steps have no automatic inverse; write an inline rollback step,"
                            + " 'none' (irreversible), or leave 'rollback' out (nothing to undo)");
                }
                return Rollback.AUTO;
            }
            f.error("rollback", "expected auto, none or an inline step (a mapping), got '" + s.text() + "'"
                    + DidYouMean.hint(s.text(), List.of("auto", "none")));
            return Rollback.UNDECLARED;
        }
        if (!(n instanceof Mapping m)) {
            f.expected("rollback", n, "auto, none or an inline step (a mapping)");
            return Rollback.UNDECLARED;
        }
        return new Rollback.Inline(inline(new MapFields(m, "the rollback of " + f.where(), problems), type, id));
    }

    /** An inline rollback body: a step without id, of the step's own type unless it says otherwise. */
    private Step inline(MapFields f, String parentType, String parentId) {
        if (f.has("id")) {
            f.error("id", "an inline rollback has no id of its own (it belongs to its step)");
        }
        String type = f.has("type") ? type(f) : parentType;
        List<String> allowed = new ArrayList<>(INLINE_COMMON);
        allowed.addAll(keysOf(type));
        allowed.add("id");
        String t = type;
        f.rejectUnknown(allowed, k -> COMMON.contains(k)
                ? "an inline rollback takes only " + String.join(", ", INLINE_COMMON) + " and its type's fields"
                : t == null ? null : StepBodies.otherTypeHint(k, t));
        StepCommon common = new StepCommon(parentId == null ? "rollback" : parentId + ".rollback", f.text("title"),
                null, null, null, f.duration("timeout"), retries(f), Rollback.UNDECLARED, false, null, null, null,
                f.extensions(), f.position());
        return type == null ? null : StepBodies.bind(type, f, common);
    }
}
