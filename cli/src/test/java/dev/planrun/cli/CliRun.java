package dev.planrun.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code planrun} in-process with captured output, as the tests of each command do. */
record CliRun(int code, String out, String err) {

    /** The example plan shipped in the repository (tests run in the cli module's directory). */
    static final Path HELLO = Path.of("../examples/hello/plan.yaml").toAbsolutePath().normalize();

    static CliRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PlanrunCommand.commandLine(environment, workingDirectory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Map.of(), Path.of("").toAbsolutePath(), args);
    }
}
