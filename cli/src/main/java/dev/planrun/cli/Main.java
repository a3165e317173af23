package dev.planrun.cli;

import java.nio.file.Path;

/** The entry point of the {@code planrun} jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = PlanrunCommand.commandLine(System.getenv(), Path.of("").toAbsolutePath()).execute(args);
        System.exit(code);
    }
}
