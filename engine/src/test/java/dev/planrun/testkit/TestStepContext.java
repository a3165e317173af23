package dev.planrun.testkit;

import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.exec.StepContext;
import dev.planrun.interp.Masker;
import dev.planrun.process.CommonsExecProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A step context for executor tests: a run directory of its own, output lines collected, real
 * processes started from an environment the test controls, confirmations answered from a script,
 * no database.
 */
public final class TestStepContext implements StepContext {

    private final String runId;
    private final Path runDir;
    private final Path stepDir;
    private final Map<String, String> environment;
    private final Masker masker;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Confirmer.Answer> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final ProcessRunner processes;

    private TestStepContext(String runId, Path runDir, String stepId, Map<String, String> environment, Set<String> secrets) {
        this.runId = runId;
        this.runDir = runDir;
        this.stepDir = runDir.resolve("steps").resolve(stepId);
        this.environment = Map.copyOf(environment);
        this.masker = new Masker(secrets);
        this.processes = new CommonsExecProcessRunner(this.environment);
        try {
            Files.createDirectories(stepDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context for step {@code stepId} of run {@code runId} under {@code runsDir/runId}. */
    public static TestStepContext create(Path runsDir, String runId, String stepId) {
        return new TestStepContext(runId, runsDir.resolve(runId), stepId, System.getenv(), Set.of());
    }

    /** The same run and step with variables set (or removed, with a null value) in the environment. */
    public TestStepContext withEnvironment(Map<String, String> changes) {
        Map<String, String> env = new HashMap<>(environment);
        changes.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        return new TestStepContext(runId, runDir, stepDir.getFileName().toString(), env, Set.of()).answering(answers);
    }

    /** The same run and step, masking these secret values. */
    public TestStepContext withSecrets(String... secrets) {
        return new TestStepContext(runId, runDir, stepDir.getFileName().toString(), environment, Set.of(secrets))
                .answering(answers);
    }

    /** Scripts the answers of {@link #confirmer()}, in order; when they run out it answers UNAVAILABLE. */
    public TestStepContext answering(Iterable<Confirmer.Answer> script) {
        script.forEach(answers::addLast);
        return this;
    }

    /** Every line the executor wrote, in order. */
    public List<String> lines() {
        return List.copyOf(output);
    }

    /** The titles and instructions the confirmer was asked about. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public Path runDir() {
        return runDir;
    }

    @Override
    public Path stepDir() {
        return stepDir;
    }

    @Override
    public void output(String line) {
        output.add(masker.mask(line));
    }

    @Override
    public ProcessRunner processes() {
        return processes;
    }

    @Override
    public Connection connect(String connectionName) throws SQLException {
        throw new SQLException("no database in this test context (connection " + connectionName + ")");
    }

    @Override
    public Confirmer confirmer() {
        return (title, instructions) -> {
            asked.add(title + ": " + instructions);
            return answers.isEmpty() ? Confirmer.Answer.UNAVAILABLE : answers.removeFirst();
        };
    }

    @Override
    public Masker masker() {
        return masker;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }
}
