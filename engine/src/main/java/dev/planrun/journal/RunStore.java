package dev.planrun.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs under a state directory: {@code <state>/runs/<plan-id>/<run-id>/}. Run ids start with
 * the UTC time they began ({@code 20261123-193000-4f2a}), so their names sort by age.
 */
public final class RunStore {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path stateDir;
    private final SecureRandom random = new SecureRandom();

    public RunStore(Path stateDir) {
        this.stateDir = stateDir;
    }

    public Path stateDir() {
        return stateDir;
    }

    public Path planDir(String planId) {
        return stateDir.resolve("runs").resolve(planId);
    }

    public Path locksDir() {
        return stateDir.resolve("locks");
    }

    /** Creates the directory of a new run begun at {@code now}. */
    public RunLayout create(String planId, Instant now) throws IOException {
        PrivateFiles.directories(planDir(planId));
        // runs made by an earlier planrun may be open to every user: not any more
        PrivateFiles.restrict(stateDir.resolve("runs"));
        PrivateFiles.restrict(planDir(planId));
        while (true) {
            byte[] tail = new byte[2];
            random.nextBytes(tail);
            String id = ID_TIME.format(now) + "-" + HexFormat.of().formatHex(tail);
            try {
                Path dir = PrivateFiles.directory(planDir(planId).resolve(id));
                return new RunLayout(dir, id);
            } catch (FileAlreadyExistsException taken) {
                // another run began the same second with the same suffix: draw again
            }
        }
    }

    /** A run of the plan by id. */
    public Optional<RunLayout> find(String planId, String runId) {
        Path dir = planDir(planId).resolve(runId);
        return Files.isDirectory(dir) && !runId.contains("/") && !runId.startsWith(".")
                ? Optional.of(new RunLayout(dir, runId)) : Optional.empty();
    }

    /**
     * The plan's runs, newest first: every run directory, also one whose journal has no line yet
     * (the process was killed before its first event; {@link JournalReader} reads none).
     */
    public List<RunLayout> runs(String planId) throws IOException {
        Path dir = planDir(planId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RunLayout> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isDirectory)
                    .forEach(p -> out.add(new RunLayout(p, p.getFileName().toString())));
        }
        out.sort((a, b) -> b.runId().compareTo(a.runId()));
        return Collections.unmodifiableList(out);
    }
}
