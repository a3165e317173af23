package dev.planrun.exec.shell;

import dev.planrun.exec.PreviewText;
import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.interp.Masker;
import dev.planrun.model.ShellStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs {@code shell} steps. {@code run} is passed as an argv without a shell; {@code script} runs
 * under {@code bash -euo pipefail} from a private temporary file ({@link ScriptFile}), never as an
 * argument, with the step id as {@code $0}, so bash's own messages name the step. Output lines go
 * to {@link StepContext#output} as they come.
 */
public final class ShellStepExecutor implements StepExecutor<ShellStep> {

    @Override
    public Class<ShellStep> stepType() {
        return ShellStep.class;
    }

    @Override
    public StepPreview preview(ShellStep step, StepContext context) {
        Masker masker = context.masker();
        List<String> details = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String summary;
        if (step.run() != null) {
            summary = "run " + masker.mask(PreviewText.command(step.run()));
        } else {
            long lines = step.script().lines().count();
            summary = "run a script of " + lines + " line" + (lines == 1 ? "" : "s") + " under bash -euo pipefail";
            step.script().lines().forEach(line -> details.add("| " + masker.mask(line)));
        }
        if (step.cwd() != null) {
            details.add("cwd: " + step.cwd());
            if (!Files.isDirectory(Path.of(step.cwd()))) {
                warnings.add("the working directory " + step.cwd() + " does not exist now");
            }
        }
        step.env().forEach((name, value) -> details.add("env: " + name + "="
                + (value == null ? "(removed)" : PreviewText.value(name, value, masker))));
        if (!step.successCodes().equals(List.of(0))) {
            details.add("success codes: " + step.successCodes());
        }
        if (step.creates() != null) {
            details.add("creates: " + step.creates() + (exists(step.creates())
                    ? " (exists now: the step will be skipped)" : " (absent now: the step will run)"));
        }
        if (step.expectOutput() != null) {
            details.add("expect output matching: " + masker.mask(step.expectOutput()));
        }
        if (step.common().timeout() != null) {
            details.add("timeout: " + step.common().timeout() + " (the whole process tree is killed)");
        }
        return new StepPreview(summary, details, warnings, List.of());
    }

    @Override
    public StepOutcome apply(ShellStep step, StepContext context) throws StepFailedException {
        Masker masker = context.masker();
        if (step.creates() != null && exists(step.creates())) {
            return StepOutcome.skipped(step.creates() + " exists");
        }
        Duration timeout = step.common().timeout();
        ProcessResult result;
        try (ScriptFile script = ScriptFile.forStep(step)) {
            result = context.processes().run(script.argv(), step.cwd() == null ? null : Path.of(step.cwd()),
                    step.env(), timeout, null, context::output);
        } catch (IOException e) {
            throw new StepFailedException(masker.mask(e.getMessage()), e);
        }
        if (result.timedOut()) {
            throw new StepFailedException("timed out after " + timeout + "; the process and its children were killed");
        }
        if (!step.successCodes().contains(result.exitCode())) {
            throw new StepFailedException("exited with code " + result.exitCode()
                    + " (success codes: " + step.successCodes() + ")" + lastLine(result.output(), masker));
        }
        if (step.expectOutput() != null
                && !Pattern.compile(step.expectOutput(), Pattern.MULTILINE).matcher(result.output()).find()) {
            throw new StepFailedException("the output does not match expect-output /"
                    + masker.mask(step.expectOutput()) + "/" + lastLine(result.output(), masker));
        }
        return StepOutcome.done("exit code " + result.exitCode()
                + (step.expectOutput() == null ? "" : ", output matched /" + masker.mask(step.expectOutput()) + "/"));
    }

    @Override
    public boolean hasAutoRollback() {
        return false;
    }

    /** Safe to run again exactly when {@code creates} is declared: present, the step is skipped; absent, it did not finish. */
    @Override
    public ResumeSafety resumeSafety(ShellStep step, StepContext context) {
        if (step.creates() == null) {
            return ResumeSafety.unsafe("the shell step declares no 'creates', so planrun cannot tell whether it finished");
        }
        return exists(step.creates())
                ? ResumeSafety.safe(step.creates() + " exists: the step will be skipped")
                : ResumeSafety.safe(step.creates() + " does not exist: the step did not finish and runs again");
    }

    private static boolean exists(String path) {
        return Files.exists(Path.of(path));
    }

    private static String lastLine(String output, Masker masker) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : "; last output line: " + masker.mask(lines.get(lines.size() - 1));
    }
}
