package dev.planrun.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.planrun.interp.ParamInputs;
import dev.planrun.model.Plan;
import dev.planrun.report.RunSummary;
import dev.planrun.run.StatusOperation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun status PLAN}: where each step of a run stands. Reads only; works during a run. */
@Command(name = "status", header = "Shows where each step of a run of a plan stands.",
        description = {"Shows a run of a plan (the latest unless --run names one): each step pending,",
        "started, done, skipped, failed, waiting or rolled back, with times and log paths.",
        "Exits 2 when the plan has no such run."})
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Mixin
    private PlanSource source;

    @Mixin
    private StateDirOption state;

    @Option(names = "--run", paramLabel = "ID", description = "The run to show (default: the latest).")
    private String runId;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (the default) or json (the format of report.json).")
    private String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Plan> plan = source.read(root, ParamInputs.NONE, err);
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        var store = state.store(root.environment(), root.workingDirectory());
        Optional<RunSummary> summary = new StatusOperation(store).status(plan.get(), runId);
        if (summary.isEmpty()) {
            err.println("planrun: " + (runId == null ? "no run" : "no run " + runId) + " of " + plan.get().id()
                    + " under " + store.stateDir());
            err.flush();
            return ExitCodes.USAGE;
        }
        if ("json".equals(format)) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary.get()));
        } else {
            text(summary.get(), out);
        }
        out.flush();
        return ExitCodes.DONE;
    }

    /** An ISO instant to the second, e.g. {@code 2026-11-23T19:30:00Z}; {@code -} for none. */
    private static String seconds(String instant) {
        return instant == null ? "-" : java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static void text(RunSummary s, PrintWriter out) {
        out.println("run " + s.runId() + " of " + s.planId() + ": " + s.status().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (s.exitCode() == null ? "" : " (exit " + s.exitCode() + ")"));
        out.println("  started " + seconds(s.startedAt()) + (s.finishedAt() == null ? "" : ", ended " + seconds(s.finishedAt())));
        if (s.message() != null) {
            out.println("  " + s.message());
        }
        out.println("  directory " + s.runDir());
        int idWidth = s.steps().stream().mapToInt(r -> r.id().length()).max().orElse(4);
        for (RunSummary.StepRow r : s.steps()) {
            String state = r.state() + (r.rollback() == null || "rolled back".equals(r.state()) ? ""
                    : " (rollback " + r.rollback() + ")");
            out.printf("  %2d  %-" + idWidth + "s  %-12s  %-20s  %-20s  %s%n", r.index(), r.id(), state,
                    seconds(r.startedAt()), seconds(r.finishedAt()), r.logFile() == null ? "" : r.logFile());
            if (r.detail() != null && !"done".equals(r.state())) {
                out.println("      " + r.detail());
            }
        }
        if (!s.leftOver().isEmpty()) {
            out.println("  left for a person: " + String.join(", ", s.leftOver()));
        }
    }
}
