package dev.planrun.examples.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wheels the simulations install, built into one directory: omero-py 5.19.3 and 5.19.4 (with
 * a fake {@code omero} console script), omero-certificates 0.2.0 and 0.3.0, omero-web 5.6.0 and
 * 5.33.2, the web plugins omero-figure and omero-iviewer (two versions each), and openrem 0.9.1
 * and 0.10.0 (with a fake {@code manage.py}).
 */
public final class SimWheels {

    public static final List<String> OMERO_PY = List.of("5.19.3", "5.19.4");
    public static final List<String> OMERO_CERTIFICATES = List.of("0.2.0", "0.3.0");
    public static final List<String> OMERO_WEB = List.of("5.6.0", "5.33.2");
    public static final List<String> OMERO_FIGURE = List.of("4.4.3", "7.1.0");
    public static final List<String> OMERO_IVIEWER = List.of("0.13.0", "0.19.1");
    public static final List<String> OPENREM = List.of("0.9.1", "0.10.0");

    private final Path callLog;
    private final String psql;

    /**
     * @param callLog where the fake programs log their calls
     * @param psql    the psql the fake manage.py runs SQL on PostgreSQL with
     */
    public SimWheels(Path callLog, String psql) {
        this.callLog = callLog.toAbsolutePath();
        this.psql = psql;
    }

    /** Builds every wheel into {@code dir} and returns it. */
    public Path buildAll(Path dir) throws IOException {
        for (Wheel wheel : all()) {
            wheel.writeInto(dir);
        }
        return dir;
    }

    List<Wheel> all() {
        List<Wheel> wheels = new ArrayList<>();
        for (String v : OMERO_PY) {
            String cli = SimResources.fill("omero.py", Map.of("VERSION", "omero-py " + v, "CALL_LOG", callLog.toString(),
                    "IN_VENV", "yes"));
            wheels.add(new Wheel("omero-py", v, Map.of("omero/__init__.py", version(v), "omero/_sim_cli.py", cli),
                    List.of(), Map.of("omero", "omero._sim_cli:main")));
        }
        OMERO_CERTIFICATES.forEach(v -> wheels.add(plain("omero-certificates", v, "omero_certificates")));
        for (String v : OMERO_WEB) {
            wheels.add(new Wheel("omero-web", v, Map.of("omeroweb/__init__.py", version(v)), List.of("omero-py>=5.19.3"),
                    Map.of()));
        }
        OMERO_FIGURE.forEach(v -> wheels.add(plain("omero-figure", v, "omero_figure")));
        OMERO_IVIEWER.forEach(v -> wheels.add(plain("omero-iviewer", v, "omero_iviewer")));
        for (String v : OPENREM) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("openrem/__init__.py", version(v));
            files.put("openrem/manage.py", SimResources.fill("manage.py", Map.of("CALL_LOG", callLog.toString(), "PSQL", psql)));
            files.put("openrem/openremproject/__init__.py", "");
            files.put("openrem/openremproject/settings.py", "from .local_settings import *  # noqa\n");
            files.put("openrem/openremproject/local_settings.py.example", OpenRemSim.exampleSettings());
            files.put("openrem/remapp/__init__.py", "");
            wheels.add(new Wheel("openrem", v, files, List.of(), Map.of()));
        }
        return wheels;
    }

    private static Wheel plain(String name, String version, String module) {
        return new Wheel(name, version, Map.of(module + "/__init__.py", version(version)), List.of(), Map.of());
    }

    private static String version(String v) {
        return "__version__ = \"" + v + "\"\n";
    }
}
