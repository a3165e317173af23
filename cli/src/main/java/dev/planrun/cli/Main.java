package dev.planrun.cli;

import java.nio.file.Path;

/** The entry point of the {@code planrun} jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PlanrunCommand root = new PlanrunCommand(System.getenv(), Path.of("").toAbsolutePath());
        PlanrunCommand.prepare(root, args);
        int code = PlanrunCommand.commandLine(root).execute(args);
        System.exit(code);
    }
}
