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
 * Runs {@code pip} steps: {@code python -m pip install} with the step's sources. The installed set
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
        details.add("command: " + shown(pip.python() + " -m pip " + PreviewText.command(pip.installArgs()), context));
        try {
            PackageSet now = pip.list();
            List<Pip.Planned> planned = pip.dryRun();
            planned.forEach(p -> {
                String was = now.version(p.name());
                details.add(p.name() + " " + (was == null ? "(new) " + p.version() : was + " -> " + p.version())
                        + (p.requested() ? "" : " (dependency)"));
            });
            if (planned.isEmpty()) {
                details.add("nothing to install: the requirements are already satisfied");
            }
        } catch (IOException e) {
            warnings.add("pip cannot tell now what would change: " + shown(e.getMessage(), context));
        }
        return new StepPreview("pip install " + String.join(" ", step.packages()) + " into " + pip.python(),
                details, warnings, List.of());
    }

    @Override
    public StepOutcome apply(PipStep step, StepContext context) throws StepFailedException {
        Pip pip = pip(step, context);
        Path record = context.stepDir().resolve(BEFORE);
        try {
            Optional<Installed[]> recorded = json.read(record, Installed[].class);
            PackageSet before = recorded.map(r -> new PackageSet(Arrays.asList(r))).orElse(null);
            if (before == null) {
                // only the first attempt sees the packages as they were before the step
                before = pip.list();
                json.write(record, before.all());
            }
            pip.change(pip.installArgs());
            List<String> changes = pip.list().changesSince(before);
            return changes.isEmpty() ? StepOutcome.skipped("the requirements were already satisfied")
                    : StepOutcome.done(String.join(", ", changes));
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
                List<String> args = new ArrayList<>(List.of("uninstall", "-y"));
                args.addAll(added);
                pip.change(args);
            }
        } catch (IOException e) {
            throw new StepFailedException("could not restore the packages recorded before the step: "
                    + shown(e.getMessage(), context), e);
        }
    }

    @Override
    public ResumeSafety resumeSafety(PipStep step, StepContext context) {
        return ResumeSafety.safe("pip install may run again; the packages before the step were recorded first");
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
