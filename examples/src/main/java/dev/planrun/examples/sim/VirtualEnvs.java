package dev.planrun.examples.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real virtualenvs ({@code python3 -m venv}) whose pip is isolated from the machine's
 * configuration and installs only from a local wheel directory.
 */
public final class VirtualEnvs {

    private final Programs programs;
    private final String python;

    /** @param python the interpreter that creates virtualenvs, e.g. {@code python3} */
    public VirtualEnvs(Programs programs, String python) {
        this.programs = programs;
        this.python = python;
    }

    public VirtualEnvs() {
        this(new Programs(), "python3");
    }

    /** The environment pip must run with: no configuration file, no index or find-links from the machine. */
    public static Map<String, String> isolatedPip() {
        Map<String, String> env = new HashMap<>();
        env.put("PIP_CONFIG_FILE", "/dev/null");
        env.put("PIP_FIND_LINKS", null);
        env.put("PIP_INDEX_URL", null);
        env.put("PIP_EXTRA_INDEX_URL", null);
        env.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        return env;
    }

    /** Creates a virtualenv with pip at {@code dir}. */
    public Path create(Path dir) throws IOException {
        programs.run(List.of(python, "-m", "venv", dir.toString()), null, isolatedPip());
        return dir;
    }

    /**
     * A copy of the virtualenv {@code template} at {@code dir}, symlinks kept and the console
     * scripts' {@code #!} lines pointed at the copy's interpreter: it behaves as a virtualenv of
     * its own. Creating a virtualenv takes seconds, copying one a moment.
     */
    public Path copy(Path template, Path dir) throws IOException {
        programs.run(List.of("cp", "-a", template.toString(), dir.toString()), null, Map.of());
        String from = "#!" + template.toAbsolutePath().resolve("bin/python");
        String to = "#!" + dir.toAbsolutePath().resolve("bin/python");
        try (Stream<Path> bin = Files.list(dir.resolve("bin"))) {
            for (Path script : bin.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                byte[] bytes = Files.readAllBytes(script);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                if (text.startsWith(from)) {
                    Files.write(script, (to + text.substring(from.length())).getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        return dir;
    }

    /** The installed distributions as {@code pip list --format=freeze} prints them, e.g. {@code openrem==0.9.1}. */
    public String packages(Path venv) throws IOException {
        return programs.run(List.of(venv.resolve("bin/python").toString(), "-m", "pip", "list", "--format=freeze"), null,
                isolatedPip());
    }

    /** Installs requirements (e.g. {@code openrem==0.9.1}) into the virtualenv from {@code wheels} only. */
    public void install(Path venv, Path wheels, String... requirements) throws IOException {
        List<String> argv = new ArrayList<>(List.of(venv.resolve("bin/python").toString(), "-m", "pip", "install",
                "--no-index", "--find-links", wheels.toString()));
        argv.addAll(List.of(requirements));
        programs.run(argv, null, isolatedPip());
    }

    /** The installed version of a distribution, or null when it is not installed. */
    public String version(Path venv, String distribution) throws IOException {
        String out = programs.attempt(List.of(venv.resolve("bin/python").toString(), "-c",
                "import importlib.metadata as m, sys\ntry:\n    print(m.version(sys.argv[1]))\nexcept m.PackageNotFoundError:\n    pass",
                distribution), null, isolatedPip(), null).output().strip();
        return out.isEmpty() ? null : out;
    }
}
