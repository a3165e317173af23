package dev.planrun.exec.configset;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.exec.StepContext;
import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OMERO's configuration, through {@code bin/omero config get KEY} (empty output: the key is not
 * set), {@code config set KEY VALUE} and {@code config set KEY} (which removes the key).
 */
final class OmeroTarget implements ConfigTarget {

    private final ConfigSetStep step;
    private final StepContext context;

    OmeroTarget(ConfigSetStep step, StepContext context) {
        this.step = step;
        this.context = context;
    }

    @Override
    public String where() {
        return step.omero() + " config";
    }

    @Override
    public Optional<String> current() throws IOException {
        ProcessResult result = omero(List.of("get", step.key()), false);
        String value = result.output().endsWith("\n")
                ? result.output().substring(0, result.output().length() - 1) : result.output();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public boolean changes() throws IOException {
        Optional<String> now = current();
        return step.unset() ? now.isPresent() : !now.equals(Optional.of(step.value()));
    }

    @Override
    public ConfigUndo undoRecord() throws IOException {
        Optional<String> now = current();
        return new ConfigUndo(1, step.format().name(), null, step.omero(), step.key(), now.isPresent(),
                now.map(ConfigUndo::encode).orElse(null));
    }

    @Override
    public void apply() throws IOException {
        set(step.unset() ? null : step.value());
    }

    @Override
    public void restore(ConfigUndo undo) throws IOException {
        set(undo.existed() ? undo.previousText() : null);
    }

    @Override
    public List<String> notes() {
        return List.of();
    }

    private void set(String value) throws IOException {
        List<String> args = new ArrayList<>(List.of("set", step.key()));
        if (value != null) {
            args.add(value);
        }
        omero(args, true);
    }

    private ProcessResult omero(List<String> args, boolean showOutput) throws IOException {
        List<String> argv = new ArrayList<>(List.of(step.omero(), "config"));
        argv.addAll(args);
        ProcessResult result = context.processes().run(argv, null, Map.of(), step.common().timeout(), null,
                showOutput ? context::output : line -> { });
        if (result.timedOut() || result.exitCode() != 0) {
            throw new IOException(Path.of(step.omero()).getFileName() + " config " + args.get(0) + " " + step.key()
                    + (result.timedOut() ? " timed out" : " exited with code " + result.exitCode()));
        }
        return result;
    }
}
