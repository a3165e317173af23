package dev.planrun.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The plan file argument shared by the commands that work on one plan. */
public final class PlanFileOption {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML).")
    private Path plan;

    public Path plan() {
        return plan;
    }
}
