package dev.planrun.exec.pip;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.pip.PackageSet.Installed;
import dev.planrun.model.PipStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * pip for one step: {@code <python> -m pip ...} with the step's package sources, run through the
 * step context's processes (whose environment pip inherits). Read-only calls never write
 * bytecode, so a preview leaves the environment's files as they were.
 */
final class Pip {

    private static final Map<String, String> READ_ONLY = Map.of("PYTHONDONTWRITEBYTECODE", "1");

    /** What {@code install --dry-run --report} says would be installed. */
    record Planned(String name, String version, boolean requested) {
    }

    private final PipStep step;
    private final StepContext context;
    private final ObjectMapper mapper;

    Pip(PipStep step, StepContext context, ObjectMapper mapper) {
        this.step = step;
        this.context = context;
        this.mapper = mapper;
    }

    /** The step's {@code python}, else {@code <venv>/bin/python}, else {@code python3} from the PATH. */
    String python() {
        if (step.python() != null) {
            return step.python();
        }
        return step.venv() != null ? Path.of(step.venv(), "bin", "python").toString() : "python3";
    }

    /** {@code --index-url}, {@code --find-links} and {@code --no-index} as the step asks; an empty find-links drops both. */
    List<String> sources() {
        List<String> out = new ArrayList<>();
        if (step.indexUrl() != null && !step.indexUrl().isEmpty()) {
            out.addAll(List.of("--index-url", step.indexUrl()));
        }
        boolean emptyLinks = step.findLinks() != null && step.findLinks().isEmpty();
        if (step.findLinks() != null && !emptyLinks) {
            out.addAll(List.of("--find-links", step.findLinks()));
        }
        if (step.noIndex() && !emptyLinks) {
            out.add("--no-index");
        }
        return out;
    }

    /** The command of the step: its install, or for an uninstall step the removal of all its packages. */
    List<String> stepArgs() {
        return step.uninstall() ? uninstallArgs(step.packages()) : installArgs();
    }

    /** {@code uninstall -y NAMES}: pip asks nothing and removes the installed ones. */
    static List<String> uninstallArgs(List<String> names) {
        List<String> args = new ArrayList<>(List.of("uninstall", "-y"));
        args.addAll(names);
        return args;
    }

    /** The install command of the step. */
    List<String> installArgs() {
        List<String> args = new ArrayList<>(List.of("install"));
        if (step.upgrade()) {
            args.add("--upgrade");
        }
        args.addAll(sources());
        args.addAll(step.packages());
        return args;
    }

    PackageSet list() throws IOException {
        ProcessResult result = run(List.of("list", "--format=json"), READ_ONLY, line -> { });
        String json = result.output().lines().filter(l -> l.startsWith("[")).findFirst()
                .orElseThrow(() -> new IOException("pip list printed no package list"));
        return new PackageSet(mapper.readValue(json, new TypeReference<List<Installed>>() { }));
    }

    /** What installing would do; the report goes to a temporary file outside the environment. */
    List<Planned> dryRun() throws IOException {
        Path report = Files.createTempFile("planrun-pip-report-", ".json");
        try {
            List<String> args = new ArrayList<>(installArgs());
            args.addAll(1, List.of("--dry-run", "--quiet", "--report", report.toString()));
            run(args, READ_ONLY, line -> { });
            List<Planned> out = new ArrayList<>();
            for (JsonNode item : mapper.readTree(report.toFile()).path("install")) {
                out.add(new Planned(item.path("metadata").path("name").asText(),
                        item.path("metadata").path("version").asText(), item.path("requested").asBoolean()));
            }
            return out;
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** Runs {@code pip args} with output shown; fails unless pip exits 0. */
    void change(List<String> args) throws IOException {
        run(args, Map.of(), context::output);
    }

    private ProcessResult run(List<String> args, Map<String, String> env, Consumer<String> lines) throws IOException {
        List<String> argv = new ArrayList<>(List.of(python(), "-m", "pip"));
        argv.addAll(args);
        argv.add(4, "--disable-pip-version-check");
        ProcessResult result = context.processes().run(argv, null, env, step.common().timeout(), null, lines);
        if (result.timedOut() || result.exitCode() != 0) {
            List<String> out = result.output().lines().filter(l -> !l.isBlank()).toList();
            throw new IOException("pip " + args.get(0) + (result.timedOut() ? " timed out"
                    : " exited with code " + result.exitCode())
                    + (out.isEmpty() ? "" : ": " + out.get(out.size() - 1)));
        }
        return result;
    }
}
