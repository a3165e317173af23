package dev.planrun.check;

import dev.planrun.model.Expect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies an {@link Expect} to an {@link Observation}: every expectation given must hold; with
 * none given, the kind's default applies (sql: a row exists; command: exit code 0; file: the path
 * exists; param: not empty). A command must also exit 0 unless {@code exit-code} says otherwise.
 */
public final class Expectations {

    /** The kinds of leaf checks, each observing different things. */
    enum Kind {
        SQL, COMMAND, FILE, PARAM
    }

    /** The outcome of applying an expectation: status and an explanation. */
    record Verdict(CheckResult.Status status, String detail) {
    }

    private Expectations() {
    }

    /** A human description of an expectation, e.g. {@code at least 5.4 and at most 5.6}. */
    public static String describe(Expect expect) {
        if (expect == null || expect.isDefault()) {
            return "default";
        }
        List<String> parts = new ArrayList<>();
        if (expect.equals() != null) {
            parts.add("equals '" + expect.equals() + "'");
        }
        if (expect.matches() != null) {
            parts.add("matches /" + expect.matches() + "/");
        }
        if (expect.atLeast() != null) {
            parts.add("at least " + expect.atLeast());
        }
        if (expect.atMost() != null) {
            parts.add("at most " + expect.atMost());
        }
        if (expect.exists() != null) {
            parts.add(expect.exists() ? "exists" : "does not exist");
        }
        if (expect.exitCode() != null) {
            parts.add("exit code " + expect.exitCode());
        }
        if (expect.rows() != null) {
            parts.add(expect.rows() + " row(s)");
        }
        return String.join(" and ", parts);
    }

    static Verdict apply(Kind kind, Expect given, Observation seen) {
        Expect expect = given == null || given.isDefault() ? defaultFor(kind) : given;
        if (kind == Kind.COMMAND && expect.exitCode() == null
                && seen.exitCode() != null && seen.exitCode() != 0) {
            return fails("exited with code " + seen.exitCode() + " (output: " + abbreviate(seen.shown()) + ")");
        }
        List<String> verified = new ArrayList<>();
        for (Verdict v : Arrays.asList(exists(kind, expect, seen), exitCode(kind, expect, seen), rows(kind, expect, seen),
                equalsTo(expect, seen), matches(expect, seen), bound(expect.atLeast(), true, seen),
                bound(expect.atMost(), false, seen))) {
            if (v == null) {
                continue;
            }
            if (v.status() != CheckResult.Status.HOLDS) {
                return v;
            }
            verified.add(v.detail());
        }
        return new Verdict(CheckResult.Status.HOLDS, String.join(", ", verified));
    }

    private static Expect defaultFor(Kind kind) {
        return switch (kind) {
            case SQL, FILE, PARAM -> new Expect(null, null, null, null, true, null, null);
            case COMMAND -> new Expect(null, null, null, null, null, 0, null);
        };
    }

    private static Verdict exists(Kind kind, Expect e, Observation o) {
        if (e.exists() == null) {
            return null;
        }
        if (o.exists() == null) {
            return notEvaluated("'exists' does not apply to " + kind.name().toLowerCase(java.util.Locale.ROOT) + " checks");
        }
        boolean want = e.exists();
        if (kind == Kind.FILE) {
            return o.exists() == want ? holds(want ? "exists" : "does not exist")
                    : fails(want ? "expected the path to exist, it is missing" : "expected the path not to exist, it exists");
        }
        String what = kind == Kind.SQL ? (want ? "at least one row" : "no row") : (want ? "a value" : "no value");
        return o.exists() == want ? holds(what) : fails("expected " + what + ", found " + quoted(o));
    }

    private static Verdict exitCode(Kind kind, Expect e, Observation o) {
        if (e.exitCode() == null) {
            return null;
        }
        if (o.exitCode() == null) {
            return notEvaluated("'exit-code' applies to command checks only");
        }
        return o.exitCode().equals(e.exitCode()) ? holds("exit code " + o.exitCode())
                : fails("expected exit code " + e.exitCode() + ", found " + o.exitCode()
                        + " (output: " + abbreviate(o.value() == null ? "" : o.value()) + ")");
    }

    private static Verdict rows(Kind kind, Expect e, Observation o) {
        if (e.rows() == null) {
            return null;
        }
        if (o.rows() == null) {
            return notEvaluated("'rows' applies to sql checks only");
        }
        return o.rows().equals(e.rows()) ? holds(o.rows() + " row(s)")
                : fails("expected " + e.rows() + " row(s), found " + o.rows());
    }

    private static Verdict equalsTo(Expect e, Observation o) {
        if (e.equals() == null) {
            return null;
        }
        return o.value() != null && o.value().strip().equals(e.equals().strip()) ? holds("equals '" + e.equals() + "'")
                : fails("expected '" + e.equals() + "', found " + quoted(o));
    }

    private static Verdict matches(Expect e, Observation o) {
        if (e.matches() == null) {
            return null;
        }
        // Java's MULTILINE '^' never matches at the end of the input, hence never in an empty value:
        // an empty value is one empty line, matched without the flag (so that /^$/ finds it)
        int flags = o.value() != null && o.value().isEmpty() ? 0 : Pattern.MULTILINE;
        Pattern p;
        try {
            p = Pattern.compile(e.matches(), flags);
        } catch (PatternSyntaxException x) {
            return notEvaluated("'" + e.matches() + "' is not a valid regular expression: " + x.getDescription());
        }
        return o.value() != null && p.matcher(o.value()).find() ? holds("matches /" + e.matches() + "/")
                : fails("expected a match of /" + e.matches() + "/, found " + quoted(o));
    }

    private static Verdict bound(String bound, boolean lower, Observation o) {
        if (bound == null) {
            return null;
        }
        String words = lower ? "at least " : "at most ";
        if (!Versions.isVersion(bound)) {
            return notEvaluated("'" + bound + "' is not a version (it has no number)");
        }
        if (!Versions.isVersion(o.value())) {
            return fails("expected " + words + bound + ", found " + quoted(o) + ", which is not a version");
        }
        int c = Versions.compare(o.value(), bound);
        return (lower ? c >= 0 : c <= 0) ? holds(words + bound)
                : fails("expected " + words + bound + ", found " + o.value());
    }

    private static String quoted(Observation o) {
        return o.value() == null ? o.shown() : "'" + abbreviate(o.value()) + "'";
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replace('\n', ' ');
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    private static Verdict holds(String detail) {
        return new Verdict(CheckResult.Status.HOLDS, detail);
    }

    private static Verdict fails(String detail) {
        return new Verdict(CheckResult.Status.FAILS, detail);
    }

    private static Verdict notEvaluated(String detail) {
        return new Verdict(CheckResult.Status.NOT_EVALUATED, detail);
    }
}
