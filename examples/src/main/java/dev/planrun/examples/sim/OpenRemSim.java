package dev.planrun.examples.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A simulated OpenREM 0.9.1 installation: a real virtualenv with the fake openrem package
 * installed from local wheels, its {@code openremproject/local_settings.py} (database, STATIC_ROOT),
 * and a fake {@code systemctl} that tracks the services.
 */
public final class OpenRemSim {

    /** Where OpenREM is installed and configured. */
    public record Installation(Path venv, Path openremDir, Path localSettings, Path staticRoot) {
    }

    /** The database local_settings.py names: {@code engine} postgresql or sqlite3; for sqlite3 only {@code name} (the file). */
    public record Database(String engine, String name, String user, String password, String host, int port) {

        public static Database sqlite(Path file) {
            return new Database("sqlite3", file.toAbsolutePath().toString(), "", "", "", 0);
        }
    }

    private final Path callLog;
    private final VirtualEnvs venvs;

    public OpenRemSim(Path callLog, VirtualEnvs venvs) {
        this.callLog = callLog.toAbsolutePath();
        this.venvs = venvs;
    }

    /** Creates {@code root/veopenrem} with openrem 0.9.1 from {@code wheels}, configured for {@code db}. */
    public Installation install(Path root, Path wheels, Database db) throws IOException {
        return configure(root, template(root.resolve("veopenrem"), wheels), db);
    }

    /** A virtualenv at {@code dir} with openrem 0.9.1 from {@code wheels}, for {@link #installCopy} to copy. */
    public Path template(Path dir, Path wheels) throws IOException {
        Path venv = venvs.create(dir);
        venvs.install(venv, wheels, "openrem==0.9.1");
        return venv;
    }

    /** As {@link #install}, with {@code root/veopenrem} a copy of {@code template} (made by {@link #template}). */
    public Installation installCopy(Path root, Path template, Database db) throws IOException {
        Files.createDirectories(root);
        return configure(root, venvs.copy(template, root.resolve("veopenrem")), db);
    }

    private Installation configure(Path root, Path venv, Database db) throws IOException {
        Path openrem;
        try (var found = Files.find(venv.resolve("lib"), 4, (p, a) -> p.endsWith("site-packages/openrem"))) {
            openrem = found.findFirst().orElseThrow(() -> new IOException("openrem not installed in " + venv));
        }
        Path staticRoot = root.resolve("static");
        Path settings = openrem.resolve("openremproject/local_settings.py");
        Files.writeString(settings, settings(db, staticRoot, root.resolve("media")), StandardCharsets.UTF_8);
        return new Installation(venv, openrem, settings, staticRoot);
    }

    /** Writes the fake systemctl into {@code dir}, tracking unit states under {@code stateDir}; returns its path. */
    public Path systemctl(Path dir, Path stateDir) throws IOException {
        FileEntry program = FileEntry.program("systemctl", SimResources.fill("systemctl.py",
                Map.of("CALL_LOG", callLog.toString(), "STATE_DIR", stateDir.toAbsolutePath().toString())));
        program.writeUnder(dir);
        return dir.resolve("systemctl");
    }

    static String exampleSettings() {
        return settings(new Database("postgresql", "openremdb", "openremuser", "openrem_pass", "localhost", 5432),
                Path.of("/var/dose/static"), Path.of("/var/dose/media"));
    }

    private static String settings(Database db, Path staticRoot, Path media) {
        String engine = db.engine().equals("sqlite3") ? "django.db.backends.sqlite3" : "django.db.backends.postgresql_psycopg2";
        return "# OpenREM local settings (simulated)\nimport os\n\n"
                + "DATABASES = {\n    'default': {\n"
                + "        'ENGINE': '" + engine + "',\n"
                + "        'NAME': '" + db.name() + "',\n"
                + "        'USER': '" + db.user() + "',\n"
                + "        'PASSWORD': '" + db.password() + "',\n"
                + "        'HOST': '" + db.host() + "',\n"
                + "        'PORT': '" + (db.port() == 0 ? "" : String.valueOf(db.port())) + "',\n"
                + "    }\n}\n\n"
                + "MEDIA_ROOT = '" + media + "/'\n"
                + "STATIC_ROOT = '" + staticRoot + "/'\n"
                + "\n# Virtual directory users: uncomment and set the following (and see the documentation)\n"
                + "# VIRTUAL_DIRECTORY = 'openrem/'\n"
                + "# JS_REVERSE_OUTPUT_PATH = os.path.join(STATIC_ROOT, 'js', 'django_reverse')\n"
                + "\nDEBUG = False\nALLOWED_HOSTS = ['*']\n";
    }
}
