package dev.planrun.check;

import dev.planrun.exec.ProcessRunner;
import dev.planrun.interp.Masker;
import dev.planrun.interp.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What checks may touch: the run's parameter values, connections, programs, the clock.
 *
 * @param scope          parameter values (param checks) and secrets (masked in every result)
 * @param connections    JDBC connections by declared name (sql checks)
 * @param processes      runs command checks (may be null when {@code offline})
 * @param baseDir        relative file paths are resolved against it (the working directory, as executors do)
 * @param clock          measures polling timeouts
 * @param sleeper        waits between polls
 * @param offline        skip checks that need a connection or a program
 * @param commandTimeout a command check taking longer is killed and not evaluated
 */
public record CheckContext(Scope scope, Connector connections, ProcessRunner processes, Path baseDir,
                           Clock clock, Sleeper sleeper, boolean offline, Duration commandTimeout) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(5);

    public CheckContext {
        Objects.requireNonNull(scope, "scope");
        connections = connections == null ? Connector.NONE : connections;
        baseDir = baseDir == null ? Path.of("").toAbsolutePath() : baseDir;
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.SYSTEM : sleeper;
        commandTimeout = commandTimeout == null ? DEFAULT_COMMAND_TIMEOUT : commandTimeout;
    }

    /** Online evaluation with the system clock. */
    public static CheckContext of(Scope scope, Connector connections, ProcessRunner processes, Path baseDir) {
        return new CheckContext(scope, connections, processes, baseDir, null, null, false, null);
    }

    /** The same context, offline: sql and command checks are not evaluated. */
    public CheckContext asOffline() {
        return new CheckContext(scope, connections, processes, baseDir, clock, sleeper, true, commandTimeout);
    }

    /** The same context with another clock and sleeper (tests poll without waiting). */
    public CheckContext withTime(Clock newClock, Sleeper newSleeper) {
        return new CheckContext(scope, connections, processes, baseDir, newClock, newSleeper, offline, commandTimeout);
    }

    public Masker masker() {
        return scope.masker();
    }
}
