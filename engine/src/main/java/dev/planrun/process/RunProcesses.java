package dev.planrun.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes a run started, found again after the planrun that started them is gone. Every
 * program a step runs gets {@value #RUN_ID}, {@value #STEP_ID} and {@value #ACTION} in its
 * environment; its children inherit them, also once re-parented to init after a {@code kill -9}
 * of planrun. {@link #alive} reads {@code /proc/<pid>/environ} (Linux; readable for the same
 * user, or root) to find them. Elsewhere, or for processes of another user, nothing is found.
 */
public final class RunProcesses {

    /** The run's id. */
    public static final String RUN_ID = "PLANRUN_RUN_ID";
    /** The id of the step the program belongs to. */
    public static final String STEP_ID = "PLANRUN_STEP_ID";
    /** {@code apply} or {@code rollback}: what was being done to the step. */
    public static final String ACTION = "PLANRUN_STEP_ACTION";

    private static final int MAX_COMMAND = 200;

    /** A live process of a run. */
    public record Found(long pid, String stepId, String action, String command) {
    }

    private final Path proc;

    /** The processes of this machine ({@code /proc}). */
    public RunProcesses() {
        this(Path.of("/proc"));
    }

    RunProcesses(Path proc) {
        this.proc = proc;
    }

    /** The environment that marks a program as started by a run for a step. */
    public static Map<String, String> marks(String runId, String stepId, String action) {
        return Map.of(RUN_ID, runId, STEP_ID, stepId, ACTION, action);
    }

    /** The live processes (this one aside) whose environment names the run, by pid. */
    public List<Found> alive(String runId) {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(proc)) {
            return out;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : dirs) {
                long pid = Long.parseLong(dir.getFileName().toString());
                Map<String, String> env = pid == self ? Map.of() : environment(dir);
                if (runId.equals(env.get(RUN_ID))) {
                    out.add(new Found(pid, env.get(STEP_ID), env.get(ACTION), command(dir)));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> Long.compare(a.pid(), b.pid()));
        return out;
    }

    /** The process's environment; empty when it is gone, a zombie, or not ours to read. */
    private static Map<String, String> environment(Path dir) {
        Map<String, String> env = new HashMap<>();
        for (String entry : nulSeparated(dir.resolve("environ"))) {
            int eq = entry.indexOf('=');
            if (eq > 0 && entry.startsWith("PLANRUN_")) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    private static String command(Path dir) {
        String command = String.join(" ", nulSeparated(dir.resolve("cmdline"))).replaceAll("\\p{Cntrl}+", " ");
        return command.length() <= MAX_COMMAND ? command : command.substring(0, MAX_COMMAND) + " ...";
    }

    private static List<String> nulSeparated(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(text.split("\0")));
            parts.removeIf(String::isEmpty);
            return parts;
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
