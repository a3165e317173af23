package dev.planrun.exec.sql;

import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.exec.StepContext;
import dev.planrun.interp.Masker;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Position;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sql.DatabaseTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A step context whose connection {@code db} is a real test database. */
final class DatabaseStepContext implements StepContext {

    private final DatabaseTarget db;
    private final Path stepDir;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<dev.planrun.exec.Progress> progress = Collections.synchronizedList(new ArrayList<>());

    DatabaseStepContext(DatabaseTarget db, Path stepDir) {
        this.db = db;
        this.stepDir = stepDir;
    }

    @Override
    public String runId() {
        return "test-run";
    }

    @Override
    public Path runDir() {
        return stepDir.getParent();
    }

    @Override
    public Path stepDir() {
        return stepDir;
    }

    @Override
    public void progress(dev.planrun.exec.Progress p) {
        progress.add(p);
    }

    @Override
    public void output(String line) {
        lines.add(line);
    }

    @Override
    public ProcessRunner processes() {
        return new CommonsExecProcessRunner(System.getenv());
    }

    @Override
    public Connection connect(String connectionName) throws SQLException {
        if (!"db".equals(connectionName)) {
            throw new SQLException("no connection " + connectionName);
        }
        return db.open();
    }

    @Override
    public Optional<ConnectionSpec> connectionSpec(String connectionName) {
        return "db".equals(connectionName)
                ? Optional.of(new ConnectionSpec("db", db.url(), db.user(), db.password(), Position.NONE))
                : Optional.empty();
    }

    @Override
    public Confirmer confirmer() {
        return (title, text) -> Confirmer.Answer.UNAVAILABLE;
    }

    @Override
    public Masker masker() {
        return Masker.NONE;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Map<String, String> environment() {
        return System.getenv();
    }
}
