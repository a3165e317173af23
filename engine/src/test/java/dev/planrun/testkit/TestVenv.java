package dev.planrun.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.process.CommonsExecProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real virtualenv for pip tests ({@code python3 -m venv}, which works offline and carries pip),
 * with pip kept away from the machine's configuration and from any package index.
 */
public final class TestVenv {

    /** What pip tests run with: no config file, no index, no machine-wide find-links. */
    public static final Map<String, String> ISOLATED_PIP;

    static {
        Map<String, String> env = new HashMap<>();
        env.put("PIP_CONFIG_FILE", "/dev/null");
        env.put("PIP_FIND_LINKS", null);
        env.put("PIP_INDEX_URL", null);
        env.put("PIP_EXTRA_INDEX_URL", null);
        env.put("PIP_NO_INDEX", "1");
        env.put("PYTHONDONTWRITEBYTECODE", null);
        ISOLATED_PIP = java.util.Collections.unmodifiableMap(env);
    }

    private static final List<String> BUNDLED = List.of("pip", "setuptools", "wheel");
    private static final List<String> UNCHANGING = List.of("__pycache__", "pip", "setuptools", "pkg_resources",
            "_distutils_hack");

    private final Path dir;
    private final CommonsExecProcessRunner runner;

    private TestVenv(Path dir) {
        this.dir = dir;
        Map<String, String> env = new HashMap<>(System.getenv());
        ISOLATED_PIP.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        this.runner = new CommonsExecProcessRunner(env);
    }

    public static TestVenv create(Path dir) throws IOException {
        TestVenv venv = new TestVenv(dir);
        venv.run(List.of("python3", "-m", "venv", dir.toString()));
        return venv;
    }

    public Path dir() {
        return dir;
    }

    public String python() {
        return dir.resolve("bin/python").toString();
    }

    /** Uninstalls everything but the packages the venv was created with. */
    public void reset() throws IOException {
        List<String> extra = new ArrayList<>();
        new ObjectMapper().readTree(pipList()).forEach(p -> extra.add(p.path("name").asText()));
        extra.removeAll(BUNDLED);
        if (!extra.isEmpty()) {
            List<String> argv = new ArrayList<>(List.of(python(), "-m", "pip", "uninstall", "-y"));
            argv.addAll(extra);
            run(argv);
        }
    }

    public void install(Path wheels, String... requirements) throws IOException {
        List<String> argv = new ArrayList<>(List.of(python(), "-m", "pip", "install", "--no-index",
                "--find-links", wheels.toString()));
        argv.addAll(List.of(requirements));
        run(argv);
    }

    /** The installed distributions as {@code pip list --format=json} prints them (read without writing bytecode). */
    public String pipList() {
        try {
            return run(List.of(python(), "-m", "pip", "list", "--format=json", "--disable-pip-version-check")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The venv's package list and files. Left out: bytecode caches (their bytes carry install
     * times) and the packages the venv came with, which tests never change (reading them on every
     * comparison would only cost time).
     */
    public Object state() {
        return List.of(pipList(), TreeSnapshot.of(dir, p -> p.getFileName() != null
                && UNCHANGING.contains(p.getFileName().toString())));
    }

    private String run(List<String> argv) throws IOException {
        ProcessResult result = runner.run(argv, null, Map.of("PYTHONDONTWRITEBYTECODE", "1"), Duration.ofMinutes(5),
                null, null);
        if (result.exitCode() != 0 || result.timedOut()) {
            throw new IOException(String.join(" ", argv) + " failed: " + result.output());
        }
        return result.output();
    }
}
