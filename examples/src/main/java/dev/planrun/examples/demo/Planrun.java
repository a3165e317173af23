package dev.planrun.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the planrun launcher as an operator would, its output straight to the terminal, each command shown first. */
final class Planrun {

    private final Path launcher;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final PrintStream out;

    Planrun(Path launcher, Path workingDirectory, Map<String, String> environment, PrintStream out) {
        this.launcher = launcher;
        this.workingDirectory = workingDirectory;
        this.environment = environment;
        this.out = out;
    }

    /** Runs {@code planrun args...} under a heading; returns its exit code. */
    int run(String heading, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(launcher.toString()));
        argv.addAll(List.of(args));
        out.println();
        out.println("== " + heading);
        out.println("$ " + String.join(" ", argv));
        out.flush();
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDirectory.toFile()).inheritIO();
        pb.environment().putAll(environment);
        // the sandbox installs from its own wheels only: no pip configuration of this machine applies
        pb.environment().put("PIP_CONFIG_FILE", "/dev/null");
        pb.environment().keySet().removeIf(k -> k.startsWith("PIP_") && !k.equals("PIP_CONFIG_FILE"));
        int code = pb.start().waitFor();
        out.println("(exit " + code + ")");
        return code;
    }
}
