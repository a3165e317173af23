package dev.planrun.rehearsal;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.configset.ConfigSetStepExecutor;
import dev.planrun.exec.pip.PipStepExecutor;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.reviewed.Digests;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Captures what a plan's resolved steps touch: the trees under file-copy targets (and moved
 * sources), config-set files and shell {@code creates} paths, with the entries of the nearest
 * existing parent of a path that does not exist yet; config-set values; the packages of each pip
 * step's environment; and each sql step's database as {@code pg_dump} writes it. Read-only. One
 * probe captures a state and then the state to compare with it: a path that does not exist is
 * looked at from the same parent both times.
 */
public final class StateProbe {

    private static final Duration DUMP_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern SETVAL = Pattern.compile("^SELECT pg_catalog\\.setval\\('([^']+)', .*");

    private final ConfigSetStepExecutor configs = new ConfigSetStepExecutor();
    private final PipStepExecutor pips = new PipStepExecutor();
    /** For each path absent at the first capture, its nearest parent that existed then. */
    private final Map<Path, Path> anchors = new LinkedHashMap<>();
    private final Path stateDir;

    /** @param stateDir planrun's own state directory (runs, locks): never part of the state compared */
    public StateProbe(Path stateDir) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
    }

    /**
     * @param steps       the plan's steps, resolved
     * @param connections the plan's connections, resolved
     * @throws IOException naming what could not be read (pg_dump missing or failing, pip failing)
     */
    public StateSnapshot capture(List<Step> steps, Map<String, ConnectionSpec> connections, StepContext context)
            throws IOException {
        Map<String, SortedMap<String, String>> parts = new LinkedHashMap<>();
        for (Path path : paths(steps)) {
            files(path, parts);
        }
        for (Step step : steps) {
            if (step instanceof ConfigSetStep c) {
                parts.put("config " + ConfigSetStepExecutor.location(c), value(c, context));
            } else if (step instanceof PipStep p) {
                parts.put("packages of " + pips.environment(p, context), pips.installed(p, context));
            } else if (step instanceof SqlStep q && !parts.containsKey("database " + q.connection())) {
                dump(q.connection(), connections.get(q.connection()), context, parts);
            }
        }
        return new StateSnapshot(parts);
    }

    private static List<Path> paths(List<Step> steps) {
        List<String> out = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof FileCopyStep f) {
                out.add(f.to());
                if (f.mode() == FileCopyStep.Mode.MOVE) {
                    out.add(f.from());
                }
            } else if (step instanceof ConfigSetStep c && c.file() != null) {
                out.add(c.file());
            } else if (step instanceof ShellStep s && s.creates() != null) {
                out.add(s.creates());
            }
        }
        // a path under <run.dir> differs per run and lives in the run directory, not in the installation
        return out.stream().filter(p -> !p.contains("<run.")).distinct()
                .map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
    }

    private void files(Path path, Map<String, SortedMap<String, String>> parts) throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            entries.put(".", "directory");
            entries.putAll(Digests.tree(path));
        } else if (Files.isSymbolicLink(path)) {
            entries.put(".", "-> " + Files.readSymbolicLink(path));
        } else if (Files.exists(path)) {
            entries.put(".", "sha256 " + Digests.sha256(path));
        }
        if (!anchors.containsKey(path)) {
            anchors.put(path, entries.isEmpty() ? existingParent(path) : null);
        }
        Path parent = anchors.get(path);
        if (parent != null) {
            SortedMap<String, String> names = new TreeMap<>();
            if (Files.isDirectory(parent)) {
                try (var children = Files.list(parent)) {
                    children.filter(c -> !stateDir.startsWith(c.toAbsolutePath().normalize()))
                            .forEach(c -> names.put(c.getFileName().toString(), ""));
                }
            }
            parts.put("entries of " + parent, names);
        }
        parts.put("files " + path, entries);
    }

    private static Path existingParent(Path path) {
        Path parent = path.getParent();
        while (parent != null && !Files.isDirectory(parent)) {
            parent = parent.getParent();
        }
        return parent;
    }

    private SortedMap<String, String> value(ConfigSetStep step, StepContext context) throws IOException {
        try {
            SortedMap<String, String> out = new TreeMap<>();
            out.put("", configs.currentValue(step, context).map(v -> "'" + v + "'").orElse("absent"));
            return out;
        } catch (StepFailedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void dump(String name, ConnectionSpec spec, StepContext context,
                             Map<String, SortedMap<String, String>> parts) throws IOException {
        if (spec == null) {
            throw new IOException("connection '" + name + "' cannot be resolved, so its database cannot be compared");
        }
        Path pgDump = PostgresBinaries.find("pg_dump").map(b -> b.program("pg_dump")).orElseThrow(() -> new IOException(
                "pg_dump was not found (looked in $" + PostgresBinaries.ENV + ", the PATH and PostgreSQL's bin"
                        + " directories), so the database of connection '" + name + "' cannot be compared; install"
                        + " PostgreSQL's client programs or set " + PostgresBinaries.ENV));
        DatabaseTarget target = new DatabaseTarget(spec.url(), blank(spec.user()), blank(spec.password()));
        SortedMap<String, String> lines = new TreeMap<>();
        SortedMap<String, String> sequences = new TreeMap<>();
        ProcessResult r = context.processes().run(List.of(pgDump.toString(), "--no-owner", "--no-privileges"), null,
                target.libpqEnvironment(), DUMP_TIMEOUT, null, line -> {
                    var setval = SETVAL.matcher(line);
                    if (setval.matches()) {
                        sequences.put(setval.group(1), line);
                    } else if (!line.startsWith("\\restrict") && !line.startsWith("\\unrestrict")) {
                        lines.merge(line, "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
                    }
                });
        if (r.timedOut() || r.exitCode() != 0) {
            List<String> out = r.output().lines().filter(l -> !l.isBlank()).toList();
            throw new IOException("pg_dump of connection '" + name + "' failed" + (out.isEmpty() ? ""
                    : ": " + out.get(out.size() - 1)));
        }
        parts.put("database " + name, lines);
        parts.put(StateSnapshot.SEQUENCES + "database " + name, sequences);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
