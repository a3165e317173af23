package dev.planrun.exec.filecopy;

import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.exec.filecopy.FileAction.Nothing;
import dev.planrun.exec.undo.DurableJson;
import dev.planrun.model.FileCopyStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs {@code file-copy} steps: {@code copy}, {@code move}, {@code symlink}, {@code extract}.
 * Every change is first written to the step's undo record ({@code undo.json}, overwritten files
 * kept under {@code backup/} in the step directory), so {@link #rollback} restores the earlier
 * state exactly, also after a kill in the middle of a copy. An attempt that was interrupted is
 * undone before the step runs again.
 */
public final class FileCopyStepExecutor implements StepExecutor<FileCopyStep> {

    private final DurableJson json = new DurableJson();

    @Override
    public Class<FileCopyStep> stepType() {
        return FileCopyStep.class;
    }

    @Override
    public StepPreview preview(FileCopyStep step, StepContext context) {
        String summary = step.mode().name().toLowerCase(Locale.ROOT) + " " + step.from() + " -> " + step.to();
        try {
            FileCopyPlanner.Plan plan = FileCopyPlanner.plan(step, context.runId());
            List<String> details = new ArrayList<>(plan.facts());
            plan.actions().forEach(a -> details.add("will " + a.describe()));
            List<String> warnings = plan.refusals().stream().map(r -> "apply will fail: " + r).toList();
            return new StepPreview(summary, details, warnings, plan.inputs());
        } catch (IOException e) {
            return new StepPreview(summary, List.of(), List.of("cannot look at the files now: " + e.getMessage()), List.of());
        }
    }

    @Override
    public StepOutcome apply(FileCopyStep step, StepContext context) throws StepFailedException {
        FileChanges changes;
        FileCopyPlanner.Plan plan;
        try {
            changes = FileChanges.open(context.stepDir(), json);
            if (!changes.isEmpty()) {
                context.output("undoing the changes of an interrupted attempt first");
                changes.undoAndForget();
            }
            plan = FileCopyPlanner.plan(step, context.runId());
        } catch (IOException e) {
            throw new StepFailedException("cannot prepare the file-copy: " + e.getMessage(), e);
        }
        if (!plan.refusals().isEmpty()) {
            throw new StepFailedException(String.join("; ", plan.refusals()) + "; nothing was changed");
        }
        for (FileAction action : plan.actions()) {
            context.output(action.describe());
            try {
                action.run(changes);
            } catch (IOException e) {
                throw new StepFailedException("could not " + action.describe() + ": " + e
                        + " (the undo record in " + context.stepDir() + " can restore the earlier state)", e);
            }
        }
        String summary = plan.actions().stream().map(FileAction::describe).collect(Collectors.joining("; "));
        return plan.actions().stream().allMatch(a -> a instanceof Nothing)
                ? StepOutcome.skipped(summary) : StepOutcome.done(summary);
    }

    @Override
    public boolean hasAutoRollback() {
        return true;
    }

    @Override
    public void rollback(FileCopyStep step, StepContext context) throws StepFailedException {
        try {
            FileChanges changes = FileChanges.open(context.stepDir(), json);
            if (changes.isEmpty()) {
                context.output("nothing to undo: the step changed no file");
                return;
            }
            changes.undo();
        } catch (IOException e) {
            throw new StepFailedException("could not restore the files as they were: " + e
                    + " (the undo record is " + context.stepDir().resolve(FileChanges.FILE) + ")", e);
        }
    }

    @Override
    public ResumeSafety resumeSafety(FileCopyStep step, StepContext context) {
        return ResumeSafety.safe("an interrupted file-copy is undone from its undo record, then runs again");
    }
}
