package dev.planrun.review;

import dev.planrun.check.Connector;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.exec.StepContext;
import dev.planrun.interp.Masker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * What executors get while previewing for a review: there is no run yet, so the run id and
 * directory are the placeholders the review shows ({@code <run.id>}, {@code <run.dir>}), output
 * is dropped, nobody is asked anything, and the step directory is a throwaway one made only if an
 * executor asks for it.
 */
public final class PreviewContext implements StepContext {

    /** Programs for an offline review: none runs; previews say what they could not find out. */
    public static final ProcessRunner OFFLINE = (argv, cwd, env, timeout, stdin, lines) -> {
        throw new IOException("not run: the review is offline");
    };

    private final ProcessRunner processes;
    private final Connector connections;
    private final Masker masker;
    private final Map<String, String> environment;
    private final Clock clock;
    private Path stepDir;

    /** @param processes runs read-only programs ({@link #OFFLINE}: none) */
    public PreviewContext(ProcessRunner processes, Connector connections, Masker masker,
                          Map<String, String> environment, Clock clock) {
        this.processes = processes;
        this.connections = connections;
        this.masker = masker;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public String runId() {
        return "<run.id>";
    }

    @Override
    public Path runDir() {
        return Path.of("<run.dir>");
    }

    @Override
    public synchronized Path stepDir() {
        if (stepDir == null) {
            try {
                stepDir = Files.createTempDirectory("planrun-preview");
                stepDir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stepDir;
    }

    @Override
    public void output(String line) {
        // a preview has no log: what it found is in its StepPreview
    }

    @Override
    public ProcessRunner processes() {
        return processes;
    }

    @Override
    public Connection connect(String connectionName) throws SQLException {
        return connections.open(connectionName);
    }

    @Override
    public Confirmer confirmer() {
        return (title, instructions) -> Confirmer.Answer.UNAVAILABLE;
    }

    @Override
    public Masker masker() {
        return masker;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }
}
