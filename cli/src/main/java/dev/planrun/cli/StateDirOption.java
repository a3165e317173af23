package dev.planrun.cli;

import dev.planrun.journal.RunStore;
import dev.planrun.journal.StateDirs;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --state-dir}, shared by apply, rollback and status. */
public final class StateDirOption {

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = {"Where runs (journals, logs, reports) and locks are kept. Default: $PLANRUN_STATE_DIR,",
                "else $XDG_STATE_HOME/planrun, else ~/.local/state/planrun."})
    private Path stateDir;

    /** The run store under the chosen directory. */
    RunStore store(Map<String, String> environment, Path workingDirectory) {
        Path given = stateDir == null ? null : workingDirectory.resolve(stateDir);
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return new RunStore(StateDirs.resolve(given, environment, Path.of(home)));
    }
}
