package dev.planrun.run;

import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.Connector;
import dev.planrun.check.DriverConnector;
import dev.planrun.check.Sleeper;
import dev.planrun.events.RunListener;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.journal.RunStore;
import dev.planrun.model.ConnectionSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The I/O edges the operations use, passed in once (the CLI builds them; tests build their own).
 *
 * @param executors   one executor per step type
 * @param processes   runs programs for command checks and executors
 * @param confirmer   asks a person about manual steps ({@code --yes}: always confirms)
 * @param store       where runs and locks live
 * @param listeners   extra listeners (the terminal view); the journal, step logs and reports are added per run
 * @param environment for {@code ${env:NAME}} and env params
 * @param workingDir  base of relative paths
 * @param connector   opens JDBC connections from the plan's resolved connection specs
 */
public record RunServices(ExecutorRegistry executors, ProcessRunner processes, Confirmer confirmer, RunStore store,
                          List<RunListener> listeners, Map<String, String> environment, Path workingDir, Clock clock,
                          Sleeper sleeper, Function<Map<String, ConnectionSpec>, Connector> connector,
                          CheckEvaluator checks) {

    public RunServices {
        Objects.requireNonNull(executors, "executors");
        Objects.requireNonNull(processes, "processes");
        Objects.requireNonNull(store, "store");
        confirmer = confirmer == null ? (title, text) -> Confirmer.Answer.UNAVAILABLE : confirmer;
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        workingDir = workingDir == null ? Path.of("").toAbsolutePath() : workingDir;
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.SYSTEM : sleeper;
        connector = connector == null ? DriverConnector::new : connector;
        checks = checks == null ? new CheckEvaluator() : checks;
    }

    /** Services with the system clock, real sleeping and PostgreSQL connections. */
    public static RunServices of(ExecutorRegistry executors, ProcessRunner processes, Confirmer confirmer,
                                 RunStore store, List<RunListener> listeners, Map<String, String> environment) {
        return new RunServices(executors, processes, confirmer, store, listeners, environment, null, null, null, null,
                null);
    }

    /** The same services resolving relative paths against another directory. */
    public RunServices withWorkingDir(Path dir) {
        return new RunServices(executors, processes, confirmer, store, listeners, environment, dir, clock, sleeper,
                connector, checks);
    }

    /** The same services with more listeners. */
    public RunServices withListeners(List<RunListener> more) {
        List<RunListener> all = new java.util.ArrayList<>(listeners);
        all.addAll(more);
        return new RunServices(executors, processes, confirmer, store, all, environment, workingDir, clock, sleeper,
                connector, checks);
    }
}
