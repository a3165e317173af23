package dev.planrun.load;

import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Expect;
import dev.planrun.model.Wait;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds checks (plan and step preconditions, {@code when}): exactly one of sql, command, file,
 * param, all, any, not, with the meta keys every check has.
 */
final class CheckBinder {

    static final List<String> KINDS = List.of("sql", "command", "file", "param", "all", "any", "not");
    static final List<String> META = List.of("id", "message", "on-fail", "wait", "expect");
    private static final String SHAPE = "a check (a mapping with one of sql, command, file, param, all, any, not)";

    private final Problems problems;

    CheckBinder(Problems problems) {
        this.problems = problems;
    }

    /** A list of checks under {@code key}; each item is named by {@code label} with its 1-based number for {@code %d}. */
    List<Check> list(MapFields parent, String key, String label) {
        YamlNode n = parent.node(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Sequence seq)) {
            parent.expected(key, n, "a list of checks");
            return List.of();
        }
        List<Check> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(bind(seq.items().get(i), String.format(label, i + 1)));
        }
        int broken = out.indexOf(null);
        if (broken < 0) {
            return out;
        }
        parent.failed(key);
        // the checks before the first that did not load: each keeps the number messages give it
        return List.copyOf(out.subList(0, broken));
    }

    /** One check; null when it is not a check at all (reported). */
    Check bind(YamlNode node, String label) {
        if (!(node instanceof Mapping m)) {
            problems.error(node.position(), label + ": expected " + SHAPE + ", got " + node.describe());
            return null;
        }
        MapFields f = new MapFields(m, label, problems);
        String id = f.text("id");
        if (id != null) {
            f = new MapFields(m, "check '" + id + "'", problems);
        }
        List<String> kinds = KINDS.stream().filter(f::has).toList();
        List<String> allowed = new ArrayList<>(META);
        if (kinds.isEmpty()) {
            allowed.addAll(KINDS);
            int before = problems.size();
            f.rejectUnknown(allowed);
            if (problems.size() == before) {
                problems.error(m.position(), f.where() + " needs one of sql, command, file, param, all, any, not");
            }
            return null;
        }
        String kind = kinds.get(0);
        if (kinds.size() > 1) {
            f.error(kinds.get(1), "a check has exactly one of sql, command, file, param, all, any, not; this one also has '"
                    + kind + "' (combine checks with all: or any:)");
        }
        allowed.addAll(kinds);
        f.rejectUnknown(allowed);
        CheckMeta meta = new CheckMeta(id, f.text("message"), f.word("on-fail", CheckMeta.OnFail.class, CheckMeta.OnFail.HALT),
                polling(f), m.position());
        return build(kind, f, meta);
    }

    private Check build(String kind, MapFields f, CheckMeta meta) {
        switch (kind) {
            case "sql": {
                MapFields q = f.part("sql", "'sql' of " + f.where());
                Expect e = expect(f, kind);
                if (q == null) {
                    return null;
                }
                q.rejectUnknown(List.of("connection", "query"));
                return new Check.SqlCheck(meta, q.requiredText("connection", "the name of a connection under 'connections'"),
                        q.requiredText("query", "a query whose first column of the first row is checked"), e);
            }
            case "command": {
                MapFields c = f.part("command", "'command' of " + f.where());
                Expect e = expect(f, kind);
                if (c == null) {
                    return null;
                }
                c.rejectUnknown(List.of("run", "cwd", "env"));
                if (!c.has("run")) {
                    c.missing("run", "the program and its arguments, e.g. run: [systemctl, is-active, nginx]");
                }
                return new Check.CommandCheck(meta, c.texts("run", "program arguments"), c.text("cwd"), c.textMap("env"), e);
            }
            case "file": {
                MapFields p = f.part("file", "'file' of " + f.where());
                Expect e = expect(f, kind);
                if (p == null) {
                    return null;
                }
                p.rejectUnknown(List.of("path"));
                return new Check.FileCheck(meta, p.requiredText("path", "the path to look at"), e);
            }
            case "param": {
                String name = f.text("param");
                if (name == null) {
                    f.failed("name"); // the record's own name for it, which its constraint reports
                }
                return new Check.ParamCheck(meta, name, expect(f, kind));
            }
            case "not": {
                noExpect(f, kind);
                Check inner = bind(f.node("not"), "'not' of " + f.where());
                if (inner == null) {
                    f.failed("check"); // the record's own name for it, which its constraint reports
                }
                return new Check.NotCheck(meta, inner);
            }
            default: {
                noExpect(f, kind);
                List<Check> checks = list(f, kind, "check %d of '" + kind + "' in " + f.where().replace("%", "%%"));
                if (!(f.node(kind) instanceof Sequence seq) || checks.size() < seq.items().size()) {
                    f.failed("checks"); // the record's own name for them, which its constraint reports
                }
                return kind.equals("all") ? new Check.AllCheck(meta, checks) : new Check.AnyCheck(meta, checks);
            }
        }
    }

    private Wait polling(MapFields f) {
        MapFields w = f.mapping("wait", "'wait' of " + f.where());
        if (w == null) {
            return null;
        }
        w.rejectUnknown(List.of("timeout", "interval"));
        if (!w.has("timeout")) {
            w.missing("timeout", "how long to wait for the check to hold, e.g. 10m");
        }
        String timeoutText = w.reference("timeout");
        String intervalText = w.reference("interval");
        return new Wait(timeoutText == null ? w.duration("timeout") : null,
                intervalText == null ? w.duration("interval") : null, timeoutText, intervalText);
    }

    private void noExpect(MapFields f, String kind) {
        if (f.has("expect")) {
            f.error("expect", "'expect' belongs to sql, command, file and param checks, not to '" + kind + "'");
        }
    }

    /** The expectation keys each kind of check understands. */
    static List<String> expectKeys(String kind) {
        switch (kind) {
            case "sql":
                return List.of("equals", "matches", "at-least", "at-most", "exists", "rows");
            case "command":
                return List.of("equals", "matches", "at-least", "at-most", "exit-code");
            case "file":
                return List.of("exists");
            default:
                return List.of("equals", "matches", "at-least", "at-most");
        }
    }

    private Expect expect(MapFields f, String kind) {
        YamlNode n = f.node("expect");
        if (n == null) {
            return Expect.DEFAULT;
        }
        List<String> keys = expectKeys(kind);
        if (n instanceof Scalar s && !s.isNull()) {
            if (!keys.contains("equals")) {
                f.error("expect", "a " + kind + " check takes expect: {exists: true} or {exists: false}");
                return Expect.DEFAULT;
            }
            return Expect.equalTo(s.text());
        }
        MapFields e = f.mapping("expect", "'expect' of " + f.where());
        if (e == null) {
            if (n instanceof Scalar) {
                f.expected("expect", n, "a value or a mapping of " + String.join(", ", keys));
            }
            return Expect.DEFAULT;
        }
        e.rejectUnknown(keys, k -> expectKeys("sql").contains(k) || k.equals("exit-code")
                ? "'" + k + "' does not apply to " + kind + " checks; they take " + String.join(", ", keys) : null);
        if (e.entries().isEmpty()) {
            problems.error(n.position(), "'expect' of " + f.where() + " is empty; give one of " + String.join(", ", keys));
        }
        Boolean exists = e.has("exists") ? e.flag("exists", true) : null;
        return new Expect(e.text("equals"), e.text("matches"), e.text("at-least"), e.text("at-most"), exists,
                e.integer("exit-code"), e.integer("rows"));
    }
}
