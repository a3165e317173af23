package dev.planrun.exec.configset;

import dev.planrun.exec.PreviewText;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.exec.undo.DurableJson;
import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code config-set} steps. The state before the first change (the whole earlier file, or
 * the earlier OMERO value, or its absence) is recorded in the step directory; rollback puts it
 * back. A key that already holds the value is left alone, so applying twice gives the same file.
 * Values are shown as {@code ******} when the run's secrets or the key's name call for it.
 */
public final class ConfigSetStepExecutor implements StepExecutor<ConfigSetStep> {

    private static final String ABSENT = "(absent)";

    private final DurableJson json = new DurableJson();

    @Override
    public Class<ConfigSetStep> stepType() {
        return ConfigSetStep.class;
    }

    @Override
    public StepPreview preview(ConfigSetStep step, StepContext context) {
        String summary = (step.unset() ? "unset " : "set ") + label(step) + " in " + where(step);
        try {
            ConfigTarget target = target(step, context);
            List<String> details = new ArrayList<>();
            String old = shown(step, target.current(), context);
            details.add(target.changes() ? label(step) + ": " + old + " -> " + shownNew(step, context)
                    : label(step) + ": " + old + " (unchanged)");
            return new StepPreview(summary, details, target.notes(), List.of());
        } catch (IOException | StepFailedException e) {
            return new StepPreview(summary, List.of(), List.of("cannot read the current value: "
                    + context.masker().mask(e.getMessage())), List.of());
        }
    }

    @Override
    public StepOutcome apply(ConfigSetStep step, StepContext context) throws StepFailedException {
        ConfigTarget target = target(step, context);
        Path record = context.stepDir().resolve(ConfigUndo.FILE);
        try {
            String old = shown(step, target.current(), context);
            boolean earlierAttempt = json.read(record, ConfigUndo.class).isPresent();
            if (!target.changes()) {
                // after an interrupted attempt that made the change, the step did change something: not a skip
                return earlierAttempt ? StepOutcome.done(label(step) + " is " + old + " (set by an earlier attempt)")
                        : StepOutcome.skipped(label(step) + " is already " + old);
            }
            if (!earlierAttempt) {
                // only the first attempt's record holds the state before the step
                json.write(record, target.undoRecord());
            }
            target.apply();
            return StepOutcome.done(label(step) + ": " + old + " -> " + shownNew(step, context));
        } catch (IOException e) {
            throw new StepFailedException("could not " + (step.unset() ? "unset " : "set ") + label(step) + " in "
                    + target.where() + ": " + context.masker().mask(e.getMessage()), e);
        }
    }

    @Override
    public boolean hasAutoRollback() {
        return true;
    }

    @Override
    public void rollback(ConfigSetStep step, StepContext context) throws StepFailedException {
        ConfigTarget target = target(step, context);
        try {
            Optional<ConfigUndo> undo = json.read(context.stepDir().resolve(ConfigUndo.FILE), ConfigUndo.class);
            if (undo.isEmpty()) {
                context.output("nothing to undo: the step changed nothing");
                return;
            }
            target.restore(undo.get());
        } catch (IOException e) {
            throw new StepFailedException("could not restore " + label(step) + " in " + target.where() + ": "
                    + context.masker().mask(e.getMessage()), e);
        }
    }

    /**
     * The key's value now (empty: absent), read as apply reads it; what a rollback rehearsal
     * compares.
     */
    public Optional<String> currentValue(ConfigSetStep step, StepContext context) throws IOException, StepFailedException {
        return target(step, context).current();
    }

    /** Where the key lives: the file, or {@code bin/omero config}. */
    public static String location(ConfigSetStep step) {
        return label(step) + " in " + where(step);
    }

    @Override
    public ResumeSafety resumeSafety(ConfigSetStep step, StepContext context) {
        return ResumeSafety.safe("setting a key again gives the same result; the earlier state was recorded first");
    }

    private static ConfigTarget target(ConfigSetStep step, StepContext context) throws StepFailedException {
        if (!step.unset() && step.value() == null) {
            throw new StepFailedException("config-set " + step.key() + " has neither a value nor unset: true");
        }
        if (step.format() == ConfigSetStep.Format.OMERO) {
            if (step.omero() == null) {
                throw new StepFailedException("config-set with format omero needs 'omero' (the path of bin/omero)");
            }
            return new OmeroTarget(step, context);
        }
        if (step.file() == null) {
            throw new StepFailedException("config-set with format " + step.format() + " needs 'file'");
        }
        return new FileTarget(step, switch (step.format()) {
            case PROPERTIES -> new PropertiesFormat();
            case INI -> new IniFormat();
            case PYTHON -> new PythonFormat();
            case YAML -> TreeFormat.yaml();
            case JSON -> TreeFormat.json();
            default -> throw new IllegalStateException("no format " + step.format());
        });
    }

    private static String label(ConfigSetStep step) {
        return step.section() == null ? step.key() : "[" + step.section() + "] " + step.key();
    }

    private static String where(ConfigSetStep step) {
        return step.format() == ConfigSetStep.Format.OMERO ? step.omero() + " config" : step.file();
    }

    private static String shown(ConfigSetStep step, Optional<String> value, StepContext context) {
        return value.map(v -> PreviewText.value(step.key(), v, context.masker())).orElse(ABSENT);
    }

    private static String shownNew(ConfigSetStep step, StepContext context) {
        return step.unset() ? "(removed)" : PreviewText.value(step.key(), step.value(), context.masker());
    }
}
