package dev.planrun.examples.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole simulated OMERO.server site in one directory, ready for an omero-server plan: the old
 * release installed and reached through the {@code OMERO.server} symlink (configured and running),
 * the target release's archive, a data directory with Bio-Formats memoization files, a backup
 * directory, and optionally the server's virtualenv (omero-py 5.19.3, omero-certificates 0.2.0) with
 * the wheel directory to upgrade from. The database is the caller's ({@link OmeroDatabase}).
 */
public final class OmeroSandbox {

    /** Where everything is; {@link #params} gives the catalog parameters that point at it. */
    public record Layout(Path root, Path serverDir, Path oldInstallation, Path releaseArchive, Path releaseDir,
                         Path dataDir, Path backupDir, Path venv, Path wheels, Path callLog) {

        /** The common omero-server catalog parameters for this site and database. */
        public Map<String, String> params(String dbHost, int dbPort, String dbName, String dbUser) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("server_dir", serverDir.toString());
            p.put("release_archive", releaseArchive.toString());
            p.put("release_dir", releaseDir.toString());
            p.put("data_dir", dataDir.toString());
            p.put("venv", venv.toString());
            p.put("db_host", dbHost);
            p.put("db_port", String.valueOf(dbPort));
            p.put("db_name", dbName);
            p.put("db_user", dbUser);
            p.put("backup_dir", backupDir.toString());
            p.put("pip_find_links", wheels.toString());
            return p;
        }
    }

    private final Programs programs;
    private final VirtualEnvs venvs;

    public OmeroSandbox(Programs programs, VirtualEnvs venvs) {
        this.programs = programs;
        this.venvs = venvs;
    }

    public OmeroSandbox() {
        this(new Programs(), new VirtualEnvs());
    }

    /**
     * Builds the site under {@code root} for an upgrade from release {@code from} to {@code to},
     * configured for database {@code dbName}; {@code withVenv} also builds the wheels and the
     * server's virtualenv (needed by the 5.6 hop).
     */
    public Layout create(Path root, String from, String to, String dbName, boolean withVenv) throws IOException {
        Path callLog = root.resolve("calls.log");
        OmeroServerSim sim = new OmeroServerSim(callLog);
        Path old = sim.install(from, root.resolve(OmeroServerSim.directoryName(from)));
        Path serverDir = Files.createSymbolicLink(root.resolve("OMERO.server"), old.getFileName());
        Path archive = sim.writeReleaseArchive(to, root.resolve("downloads").resolve(OmeroServerSim.directoryName(to) + ".zip"));
        Path dataDir = root.resolve("OMERO");
        Files.createDirectories(dataDir.resolve("BioFormatsCache/data/images"));
        Files.writeString(dataDir.resolve("BioFormatsCache/data/images/.cells-01.tif.bfmemo"), "memo of " + from + "\n");
        Path backups = Files.createDirectories(root.resolve("backups"));
        Path wheels = root.resolve("wheels");
        Path venv = root.resolve("venv3");
        if (withVenv) {
            new SimWheels(callLog, "psql").buildAll(wheels);
            venvs.create(venv);
            venvs.install(venv, wheels, "omero-py==5.19.3", "omero-certificates==0.2.0");
        }
        String omero = serverDir.resolve("bin/omero").toString();
        for (List<String> set : List.of(List.of("omero.db.name", dbName), List.of("omero.data.dir", dataDir.toString()),
                List.of("omero.jvmcfg.heap_size.blitz", "2G"), List.of("omero.glacier2.IceSSL.Protocols", "tlsv1,tlsv1_1,tlsv1_2"),
                List.of("omero.glacier2.IceSSL.ProtocolVersionMax", "tlsv1_2"))) {
            programs.run(List.of(omero, "config", "set", set.get(0), set.get(1)), root, Map.of("OMERODIR", ""));
        }
        programs.run(List.of(omero, "admin", "start"), root, Map.of("OMERODIR", ""));
        return new Layout(root, serverDir, old, archive, root.resolve(OmeroServerSim.directoryName(to)), dataDir, backups,
                venv, wheels, callLog);
    }
}
