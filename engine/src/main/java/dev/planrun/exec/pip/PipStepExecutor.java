package dev.planrun.exec.pip;

import dev.planrun.exec.PreviewText;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.exec.pip.PackageSet.Installed;
import dev.planrun.exec.undo.DurableJson;
import dev.planrun.interp.Masker;
import dev.planrun.model.PipStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs {@code pip} steps: {@code python -m pip install} with the step's sources, or with
 * {@code uninstall} {@code pip uninstall -y} of those of its packages installed now (the others are
 * named, not an error: pip itself only warns of them). The installed set
 * is recorded ({@code pip-before.json} in the step directory) before the first attempt changes
 * anything; rollback reinstalls the recorded versions of changed packages ({@code --no-deps}, the
 * same sources) and uninstalls the packages the step added.
 */
public final class PipStepExecutor implements StepExecutor<PipStep> {

    static final String BEFORE = "pip-before.json";
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(://)[^/@\\s]+@");

    private final DurableJson json = new DurableJson();

    @Override
    public Class<PipStep> stepType() {
        return PipStep.class;
    }

    @Override
    public StepPreview preview(PipStep step, StepContext context) {
        Pip pip = pip(step, context);
        List<String> details = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        details.add("command: " + shown(pip.python() + " -m pip " + PreviewText.command(pip.stepArgs()), context));
        try {
            PackageSet now = pip.list();
            if (step.uninstall()) {
                previewRemoval(now.removal(step.packages()), details);
            } else {
                previewInstall(pip.dryRun(), now, details);
            }
        } catch (IOException e) {
            warnings.add("pip cannot tell now what would change: " + shown(e.getMessage(), context));
        }
        String summary = step.uninstall() ? "pip uninstall " + String.join(" ", step.packages()) + " from "
                : "pip install " + String.join(" ", step.packages()) + " into ";
        return new StepPreview(summary + pip.python(), details, warnings, List.of());
    }

    private static void previewInstall(List<Pip.Planned> planned, PackageSet now, List<String> details) {
        planned.forEach(p -> {
            String was = now.version(p.name());
            details.add(p.name() + " " + (was == null ? "(new) " + p.version() : was + " -> " + p.version())
                    + (p.requested() ? "" : " (dependency)"));
        });
        if (planned.isEmpty()) {
            details.add("nothing to install: the requirements are already satisfied");
        }
    }

    /** From {@code pip list} alone: pip uninstall has no dry run. */
    private static void previewRemoval(PackageSet.Removal removal, List<String> details) {
        removal.present().forEach(p -> details.add(p.name() + " " + p.version() + " (removed)"));
        removal.absent().forEach(name -> details.add(name + " is not installed: nothing to remove"));
    }

    @Override
    public StepOutcome apply(PipStep step, StepContext context) throws StepFailedException {
        Pip pip = pip(step, context);
        Path record = context.stepDir().resolve(BEFORE);
        try {
            Optional<Installed[]> recorded = json.read(record, Installed[].class);
            PackageSet now = pip.list();
            // only the first attempt sees the packages as they were before the step
            PackageSet before = recorded.map(r -> new PackageSet(Arrays.asList(r))).orElse(now);
            if (recorded.isEmpty()) {
                json.write(record, before.all());
            }
            List<String> absent = List.of();
            if (step.uninstall()) {
                PackageSet.Removal removal = now.removal(step.packages());
                absent = removal.absent();
                absent.forEach(name -> context.output(name + " is not installed: nothing to remove"));
                if (!removal.present().isEmpty()) {
                    pip.change(Pip.uninstallArgs(removal.present().stream().map(Installed::name).toList()));
                }
            } else {
                pip.change(pip.installArgs());
            }
            List<String> changes = pip.list().changesSince(before);
            String notInstalled = absent.isEmpty() ? "" : "not installed: " + String.join(", ", absent);
            if (changes.isEmpty()) {
                return StepOutcome.skipped(step.uninstall() ? "nothing to remove: " + notInstalled
                        : "the requirements were already satisfied");
            }
            return StepOutcome.done(String.join(", ", changes) + (notInstalled.isEmpty() ? "" : "; " + notInstalled));
        } catch (IOException e) {
            throw new StepFailedException(shown(e.getMessage(), context), e);
        }
    }

    @Override
    public boolean hasAutoRollback() {
        return true;
    }

    @Override
    public void rollback(PipStep step, StepContext context) throws StepFailedException {
        Pip pip = pip(step, context);
        try {
            Optional<Installed[]> recorded = json.read(context.stepDir().resolve(BEFORE), Installed[].class);
            if (recorded.isEmpty()) {
                context.output("nothing to undo: the step never changed the packages");
                return;
            }
            PackageSet before = new PackageSet(Arrays.asList(recorded.get()));
            PackageSet now = pip.list();
            List<String> restore = before.toRestoreFrom(now);
            List<String> added = before.addedIn(now);
            if (!restore.isEmpty()) {
                List<String> args = new ArrayList<>(List.of("install", "--no-deps"));
                args.addAll(pip.sources());
                args.addAll(restore);
                pip.change(args);
            }
            if (!added.isEmpty()) {
                pip.change(Pip.uninstallArgs(added));
            }
        } catch (IOException e) {
            throw new StepFailedException("could not restore the packages recorded before the step: "
                    + shown(e.getMessage(), context), e);
        }
    }

    @Override
    public ResumeSafety resumeSafety(PipStep step, StepContext context) {
        return ResumeSafety.safe("pip " + (step.uninstall() ? "uninstall" : "install")
                + " may run again; the packages before the step were recorded first");
    }

    /**
     * The packages installed now in the step's environment, name to version (read-only: {@code pip
     * list}); what a rollback rehearsal compares.
     */
    public java.util.SortedMap<String, String> installed(PipStep step, StepContext context) throws IOException {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        pip(step, context).list().all().forEach(p -> out.put(PackageSet.normalise(p.name()), p.version()));
        return out;
    }

    /** The environment a step installs into: its interpreter. */
    public String environment(PipStep step, StepContext context) {
        return pip(step, context).python();
    }

    private Pip pip(PipStep step, StepContext context) {
        return new Pip(step, context, json.mapper());
    }

    /** Masks the run's secrets and the credentials of index URLs ({@code https://user:pass@host}). */
    private static String shown(String text, StepContext context) {
        Masker masker = context.masker();
        return URL_CREDENTIALS.matcher(masker.mask(text)).replaceAll("$1" + Masker.MASK.replace("$", "\\$") + "@");
    }
}
