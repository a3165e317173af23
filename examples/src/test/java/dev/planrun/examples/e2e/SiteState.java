package dev.planrun.examples.e2e;

import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.VirtualEnvs;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TreeSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything a run may change on a simulated site, captured so that two captures are equal exactly
 * when nothing changed: every file under the site's directories (kind, mode, size, sha256, link
 * target; not Python's byte-code caches, nor the call log itself), every database as
 * {@code pg_dump} writes it (schema and data), every virtualenv's installed distributions, and the
 * calls of the fake programs that change something. The calls that only read ({@link #readOnly})
 * are what the review's checks are allowed to make; they are counted, not compared.
 *
 * @param roots     directories whose files are compared
 * @param databases databases compared through pg_dump
 * @param venvs     virtualenvs compared through pip list
 * @param callLogs  the fake programs' call logs
 */
record SiteState(List<Path> roots, List<DatabaseTarget> databases, List<Path> venvs, List<Path> callLogs) {

    /** What the fake omero, systemctl and manage.py do without changing anything. */
    private static final Set<String> READ_ONLY = Set.of("omero config get", "omero admin status", "omero admin jvmcfg",
            "omero admin diagnostics", "omero web status", "omero web diagnostics", "omero web config", "systemctl is-active",
            "systemctl status");

    /** One capture: the text compared, and how much it covered. */
    record Capture(String text, int files, int readOnlyCalls) {
    }

    /** Whether a call of a fake program only reads (e.g. {@code omero config get KEY}). */
    static boolean readOnly(CallLog.Call call) {
        List<String> argv = call.argv().stream().filter(a -> !a.startsWith("--")).toList();
        String verb = call.tool() + (argv.isEmpty() ? "" : " " + argv.get(0)) + (argv.size() < 2 ? "" : " " + argv.get(1));
        String tool = call.tool() + (argv.isEmpty() ? "" : " " + argv.get(0));
        return READ_ONLY.contains(verb) || READ_ONLY.contains(tool);
    }

    Capture capture() {
        try {
            StringBuilder out = new StringBuilder();
            int files = 0;
            for (Path root : roots) {
                TreeSnapshot tree = TreeSnapshot.of(root, p -> p.getFileName().toString().equals("__pycache__")
                        || callLogs.contains(p));
                files += tree.entries().size();
                out.append("== files under ").append(root).append('\n').append(tree);
            }
            for (DatabaseTarget db : databases) {
                out.append("== database ").append(db.url()).append('\n').append(PgTools.forTests().dump(db)).append('\n');
            }
            for (Path venv : venvs) {
                out.append("== packages of ").append(venv).append('\n').append(new VirtualEnvs().packages(venv));
            }
            int reads = 0;
            for (Path log : callLogs) {
                out.append("== calls that change something, ").append(log).append('\n');
                List<String> changing = new ArrayList<>();
                for (CallLog.Call call : CallLog.read(log)) {
                    if (readOnly(call)) {
                        reads++;
                    } else {
                        changing.add(call.tool() + " " + call.command() + " in " + call.home());
                    }
                }
                changing.forEach(c -> out.append(c).append('\n'));
            }
            return new Capture(out.toString(), files, reads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
