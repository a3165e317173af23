package dev.planrun.cli;

import dev.planrun.run.RunResult;
import java.io.PrintWriter;
import java.util.Locale;

/** How apply and rollback tell their result: one status line, where the run is, what is left. */
final class RunOutcomes {

    private RunOutcomes() {
    }

    static int print(RunResult r, PrintWriter out, PrintWriter err) {
        PlanFiles.print(r.problems(), err);
        PrintWriter to = r.exitCode() == 0 ? out : err;
        to.println("planrun: " + r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + r.message());
        if (!r.leftOver().isEmpty()) {
            to.println("planrun: left for a person: " + String.join(", ", r.leftOver()));
        }
        if (r.runDir() != null) {
            to.println("planrun: run " + r.runId() + ", report " + r.runDir().resolve("report.md"));
        }
        to.flush();
        return r.exitCode();
    }
}
