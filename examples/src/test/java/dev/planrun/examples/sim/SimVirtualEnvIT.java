package dev.planrun.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locally built wheels install into real virtualenvs, and the fake programs they carry behave. */
class SimVirtualEnvIT {

    @TempDir
    Path dir;

    private final Programs programs = new Programs();
    private final VirtualEnvs venvs = new VirtualEnvs();

    @Test
    void omeroPyUpgradesAndItsOmeroCommandKeepsConfigurationInOmerodir() throws Exception {
        Path calls = dir.resolve("calls.log");
        Path wheels = new SimWheels(calls, "psql").buildAll(dir.resolve("wheels"));
        Path venv = venvs.create(dir.resolve("venv"));
        venvs.install(venv, wheels, "omero-web==5.6.0", "omero-py==5.19.3");
        assertThat(venvs.version(venv, "omero-py")).isEqualTo("5.19.3");
        venvs.install(venv, wheels, "--upgrade", "omero-py>=5.19.4", "omero-web>=5.33.2");
        assertThat(venvs.version(venv, "omero-py")).isEqualTo("5.19.4");
        assertThat(venvs.version(venv, "omero-web")).isEqualTo("5.33.2");
        assertThat(venvs.version(venv, "omero-certificates")).isNull();

        Path omerodir = dir.resolve("OMERO.web");
        Map<String, String> env = new HashMap<>(VirtualEnvs.isolatedPip());
        env.put("OMERODIR", omerodir.toString());
        env.put("PATH", venv.resolve("bin") + ":" + System.getenv("PATH"));
        String omero = venv.resolve("bin/omero").toString();
        programs.run(List.of(omero, "config", "set", "omero.web.session_engine", "django.contrib.sessions.backends.cache"),
                dir, env);
        assertThat(omerodir.resolve("etc/grid/config.xml")).content().contains("django.contrib.sessions.backends.cache");
        assertThat(programs.run(List.of(omero, "config", "get", "omero.web.session_engine"), dir, env).strip())
                .isEqualTo("django.contrib.sessions.backends.cache");
        assertThat(programs.attempt(List.of(omero, "certificates"), dir, env, null).exitCode()).isEqualTo(2);
        venvs.install(venv, wheels, "omero-certificates>=0.3");
        assertThat(programs.run(List.of(omero, "certificates"), dir, env)).contains("omero-certificates 0.3.0");
        assertThat(programs.run(List.of(omero, "config", "get", "omero.glacier2.IceSSL.Protocols"), dir, env).strip())
                .isEqualTo("TLS1_2,TLS1_3");
        assertThat(CallLog.read(calls)).extracting(CallLog.Call::command).contains("certificates");

        Map<String, String> noHome = new HashMap<>(env);
        noHome.put("OMERODIR", null);
        ProcessResult homeless = programs.attempt(List.of(omero, "config", "get"), dir, noHome, null);
        assertThat(homeless.exitCode()).isEqualTo(2);
        assertThat(homeless.output()).contains("OMERODIR is not set");
    }

    @Test
    void openRemUpgradeCommandsWorkOnASimulatedInstallation() throws Exception {
        Path calls = dir.resolve("calls.log");
        Path wheels = new SimWheels(calls, "psql").buildAll(dir.resolve("wheels"));
        OpenRemSim sim = new OpenRemSim(calls, venvs);
        Path db = dir.resolve("openrem.db");
        OpenRemSim.Installation openrem = sim.install(dir.resolve("dose"), wheels, OpenRemSim.Database.sqlite(db));
        assertThat(venvs.version(openrem.venv(), "openrem")).isEqualTo("0.9.1");
        assertThat(openrem.localSettings()).content().contains("STATIC_ROOT = '");
        Path systemctl = sim.systemctl(dir.resolve("bin"), dir.resolve("units"));

        programs.run(List.of(systemctl.toString(), "stop", "openrem-celery"), dir, Map.of());
        assertThat(programs.attempt(List.of(systemctl.toString(), "is-active", "openrem-celery"), dir, Map.of(), null)
                .exitCode()).isEqualTo(3);
        venvs.install(openrem.venv(), wheels, "openrem==0.10.0");
        assertThat(venvs.version(openrem.venv(), "openrem")).isEqualTo("0.10.0");
        assertThat(openrem.localSettings()).as("pip keeps the site's settings").exists();

        manage(openrem, "makemigrations", "remapp");
        manage(openrem, "migrate", "remapp");
        String flag = programs.run(List.of(openrem.venv().resolve("bin/python").toString(), "-c",
                "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
                        + "'select from_0_9_1_summary_fields from remapp_upgradestatus').fetchone()[0])", db.toString()),
                dir, Map.of()).strip();
        assertThat(flag).as("the summary-field migration has not run yet").isEqualTo("0");
        ProcessResult refused = programs.attempt(List.of(openrem.venv().resolve("bin/python").toString(), "manage.py",
                "collectstatic", "--clear"), openrem.openremDir(), Map.of(), null);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("Collecting static files cancelled");
        manage(openrem, "collectstatic", "--clear", "--noinput");
        assertThat(openrem.staticRoot().resolve("remapp/openrem.css")).content().contains("0.10.0");
        Files.writeString(openrem.localSettings(), Files.readString(openrem.localSettings()).replace("STATIC_ROOT = '" +
                openrem.staticRoot() + "/'\n", "STATIC_ROOT = '" + openrem.staticRoot() + "/'\n"
                + "JS_REVERSE_OUTPUT_PATH = os.path.join(STATIC_ROOT, 'js', 'django_reverse')\n"), StandardCharsets.UTF_8);
        manage(openrem, "collectstatic_js_reverse");
        assertThat(openrem.staticRoot().resolve("js/django_reverse/reverse.js")).exists();

        List<CallLog.Call> log = CallLog.read(calls);
        assertThat(log).filteredOn(c -> c.tool().equals("manage.py")).extracting(CallLog.Call::command)
                .containsSubsequence("makemigrations remapp", "migrate remapp", "collectstatic --clear --noinput",
                        "collectstatic_js_reverse");
        assertThat(log).filteredOn(c -> c.tool().equals("systemctl")).extracting(CallLog.Call::command)
                .contains("stop openrem-celery", "is-active openrem-celery");
    }

    private void manage(OpenRemSim.Installation openrem, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(openrem.venv().resolve("bin/python").toString(), "manage.py"));
        argv.addAll(List.of(args));
        programs.run(argv, openrem.openremDir(), Map.of());
    }
}
