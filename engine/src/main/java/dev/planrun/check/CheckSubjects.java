package dev.planrun.check;

import dev.planrun.model.Check;
import dev.planrun.model.Check.AllCheck;
import dev.planrun.model.Check.AnyCheck;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.NotCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import java.util.stream.Collectors;

/** One-line names of checks for reviews, journals and messages (unmasked: callers mask). */
public final class CheckSubjects {

    private CheckSubjects() {
    }

    /** E.g. {@code sql on omero: select ...}, {@code command: bin/omero version}, {@code file /x}. */
    public static String of(Check check) {
        if (check instanceof SqlCheck k) {
            return "sql on " + k.connection() + ": " + Expectations.abbreviate(k.query());
        }
        if (check instanceof CommandCheck k) {
            return "command: " + k.run().stream().map(CheckSubjects::quote).collect(Collectors.joining(" "));
        }
        if (check instanceof FileCheck k) {
            return "file " + k.path();
        }
        if (check instanceof ParamCheck k) {
            return "param " + k.name();
        }
        if (check instanceof AllCheck k) {
            return "all of " + k.checks().size() + " checks";
        }
        if (check instanceof AnyCheck k) {
            return "any of " + k.checks().size() + " checks";
        }
        return "not (" + of(((NotCheck) check).check()) + ")";
    }

    /** An argument as a shell user would read it: quoted when it has spaces or quotes. */
    public static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> " \t\n'\"\\$;&|<>*?()`".indexOf(c) >= 0)) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
