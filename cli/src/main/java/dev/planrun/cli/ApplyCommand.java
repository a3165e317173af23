package dev.planrun.cli;

import dev.planrun.interp.ParamInputs;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.review.ReviewRenderer;
import dev.planrun.run.ApplyOperation;
import dev.planrun.run.ApplyRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun apply PLAN|REVIEWED-FILE}: runs a plan, or with {@code --dry-run} shows the review {@code plan} shows. */
@Command(name = "apply", header = "Applies a plan under a lock, with a journal, resume and rollback.",
        description = {"Applies a plan: checks its preconditions, runs its steps in order under a lock,",
        "journals every step and on failure stops or rolls back.",
        "Given a reviewed file (planrun plan --out FILE), applies exactly what was reviewed, with the",
        "reviewed params (secrets given again); exits 6, changing nothing, if the plan, a file it reads",
        "or a param differs now.",
        "--resume continues the latest unfinished run of the same plan and params.",
        "--test-rollback applies, rolls back, compares the state with the start, then applies again.",
        "Manual steps ask on the terminal; --yes confirms them. Without a terminal and",
        "without --yes the run stops 'waiting for confirmation' (exit 7): apply --resume --yes continues it."})
final class ApplyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Mixin
    private PlanSource source;

    @Mixin
    private ParamOptions params;

    @Mixin
    private StateDirOption state;

    @Option(names = "--dry-run", description = "Show what apply would do (the review of 'planrun plan'); change nothing.")
    private boolean dryRun;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = PlanCommand.FormatConverter.class,
            description = "With --dry-run: text (the default), markdown or json, as 'planrun plan'.")
    private ReviewRenderer renderer;

    @Option(names = "--offline", description = "With --dry-run: do not evaluate checks needing a connection or a program.")
    private boolean offline;

    @Option(names = "--resume", description = "Continue the latest unfinished run of this plan with these params.")
    private boolean resume;

    @Option(names = "--test-rollback", description = {"Rehearse the rollback: apply, roll back, check that files, config",
            "values, packages and databases are as at the start, then apply again. Refused up front for",
            "plans with irreversible steps; exit 5 when the state differs after the rollback."})
    private boolean testRollback;

    @Option(names = "--yes", description = "Confirm manual steps without asking.")
    private boolean yes;

    @Option(names = "--digest", paramLabel = "SHA256", description = {"With a reviewed file: the sha256 the change ticket",
            "quotes (all of it, or its first 12 or more hex digits). Refused (exit 6, nothing changed) unless the",
            "file is that one: an edit of the reviewed file itself shows here."})
    private String expectedDigest;

    @Option(names = "--on-failure", paramLabel = "stop|rollback",
            description = "What a failed step does (default: the plan's on-failure).")
    private OnFailure onFailure;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (resume && testRollback) {
            err.println("planrun: --test-rollback rehearses on a fresh run; it cannot be combined with --resume");
            return ExitCodes.USAGE;
        }
        Optional<Path> reviewedFile = source.reviewedFile(root);
        if (expectedDigest != null) {
            if (reviewedFile.isEmpty()) {
                err.println("planrun: --digest checks a reviewed file (planrun plan --out FILE); this is a plan");
                return ExitCodes.USAGE;
            }
            if (!expectedDigest.matches("[0-9a-fA-F]{12,64}")) {
                err.println("planrun: --digest '" + expectedDigest + "': expected the reviewed file's sha256, 12 to 64"
                        + " hex digits");
                return ExitCodes.USAGE;
            }
        }
        ParamInputs inputs = params.inputs();
        Optional<Plan> plan;
        String reviewedSha256 = null;
        PlanCommand.Annotation annotation = PlanCommand.Annotation.NONE;
        if (reviewedFile.isPresent()) {
            ReviewedFiles.Verified verified = ReviewedFiles.verify(root, reviewedFile.get(), inputs, err);
            if (verified.refusal() != ExitCodes.DONE) {
                return verified.refusal();
            }
            String digest = verified.opened().digest();
            if (expectedDigest != null && !digest.startsWith(expectedDigest.toLowerCase(java.util.Locale.ROOT))) {
                err.println("planrun: " + reviewedFile.get() + " is not the reviewed file the ticket names: its sha256 is "
                        + digest + ", the ticket's " + expectedDigest + "; nothing was changed");
                return ExitCodes.REVIEW_CHANGED;
            }
            plan = verified.opened().plan();
            inputs = verified.opened().inputs();
            reviewedSha256 = verified.opened().digest();
            annotation = verified.annotation(reviewedFile.get());
        } else {
            plan = source.read(root, inputs, err);
        }
        if (dryRun) {
            return PlanCommand.review(root, plan, inputs, renderer, offline, annotation, out, err);
        }
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        ApplyRequest request = new ApplyRequest(plan.get(), inputs, onFailure, resume, reviewedSha256, testRollback);
        return RunWiring.run(root, state.store(root.environment(), root.workingDirectory()), yes, out, err,
                services -> new ApplyOperation(services).apply(request));
    }
}
