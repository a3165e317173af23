package dev.planrun.run;

import dev.planrun.journal.PrivateFiles;
import dev.planrun.check.Connector;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.exec.Progress;
import dev.planrun.exec.StepContext;
import dev.planrun.interp.Masker;
import dev.planrun.process.RunProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The context of one step execution (or rollback) in a run: output goes to the listeners
 * (masked), connections come from the plan's resolved connection specs, a manual step's answer
 * is journaled and remembered so the engine can tell "waiting for confirmation" from a failure.
 */
final class RunStepContext implements StepContext {

    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final RunSession session;
    private final String stepId;
    private final Path stepDir;
    private final String action;
    private volatile Confirmer.Answer lastAnswer;
    private long lines;
    private String lastLine;
    private long lastProgress = Long.MIN_VALUE;

    RunStepContext(RunSession session, String stepId, Path stepDir) {
        this(session, stepId, stepDir, "apply");
    }

    /** @param action {@code apply} or {@code rollback}: what the programs run here do to the step */
    RunStepContext(RunSession session, String stepId, Path stepDir, String action) {
        this.session = session;
        this.stepId = stepId;
        this.stepDir = stepDir;
        this.action = action;
        try {
            PrivateFiles.directories(stepDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the step directory " + stepDir, e);
        }
    }

    @Override
    public String runId() {
        return session.layout().runId();
    }

    @Override
    public Path runDir() {
        return session.layout().runDir();
    }

    @Override
    public Path stepDir() {
        return stepDir;
    }

    @Override
    public void output(String line) {
        synchronized (this) {
            lines++;
            if (!line.isBlank()) {
                lastLine = line;
            }
        }
        session.reporter().output(stepId, line);
    }

    /** At most one update per {@link #PROGRESS_INTERVAL}: a view redraws, it does not need each statement. */
    @Override
    public void progress(Progress progress) {
        long now = session.services().clock().millis();
        synchronized (this) {
            if (lastProgress != Long.MIN_VALUE && now - lastProgress < PROGRESS_INTERVAL.toMillis()) {
                return;
            }
            lastProgress = now;
        }
        session.reporter().progress(stepId, progress);
    }

    @Override
    public ProcessRunner processes() {
        // every program (and what it starts) carries the run and step, so that a resume can find it alive
        Map<String, String> marks = RunProcesses.marks(runId(), stepId, action);
        ProcessRunner runner = session.services().processes();
        return (argv, cwd, env, timeout, stdin, lines) -> {
            Map<String, String> marked = env == null ? new java.util.HashMap<>() : new java.util.HashMap<>(env);
            marked.putAll(marks);
            return runner.run(argv, cwd, marked, timeout, stdin, lines);
        };
    }

    @Override
    public Connection connect(String connectionName) throws SQLException {
        Connector connector = session.connector();
        return connector.open(connectionName);
    }

    @Override
    public java.util.Optional<dev.planrun.model.ConnectionSpec> connectionSpec(String connectionName) {
        return java.util.Optional.ofNullable(session.connectionSpecs().get(connectionName));
    }

    @Override
    public Confirmer confirmer() {
        return (title, instructions) -> {
            Confirmer.Answer answer = session.services().confirmer().confirm(session.reporter().mask(title),
                    session.reporter().mask(instructions));
            lastAnswer = answer;
            session.reporter().confirmation(stepId, answer.name().toLowerCase(java.util.Locale.ROOT));
            return answer;
        };
    }

    @Override
    public Masker masker() {
        return session.masker();
    }

    @Override
    public Clock clock() {
        return session.services().clock();
    }

    @Override
    public Map<String, String> environment() {
        return session.services().environment();
    }

    /** True when the last confirmation could not be asked (no terminal, no --yes). */
    boolean waitingForConfirmation() {
        return lastAnswer == Confirmer.Answer.UNAVAILABLE;
    }

    synchronized long lines() {
        return lines;
    }

    synchronized String lastLine() {
        return lastLine;
    }
}
