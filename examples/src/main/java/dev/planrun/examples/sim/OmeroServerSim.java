package dev.planrun.examples.sim;

import dev.planrun.examples.sim.OmeroReleases.Hop;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Simulated OMERO.server releases: a release archive {@code OMERO.server-VERSION.zip} with a fake
 * {@code bin/omero}, {@code etc/grid/config.xml}, {@code lib/scripts}, {@code lib/server} and the
 * {@code sql/psql} upgrade scripts the release ships; or the same files installed in a directory
 * (an existing installation). Every call of the fake {@code bin/omero} goes to {@code callLog}.
 */
public final class OmeroServerSim {

    private final Path callLog;

    /** @param callLog the file every fake program appends its calls to (one JSON line per call) */
    public OmeroServerSim(Path callLog) {
        this.callLog = callLog.toAbsolutePath();
    }

    /** The name of a release's top directory, e.g. {@code OMERO.server-5.6.3}. */
    public static String directoryName(String release) {
        return "OMERO.server-" + release;
    }

    /** Writes the release archive (zip, one top directory {@code OMERO.server-RELEASE/}) and returns it. */
    public Path writeReleaseArchive(String release, Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        String top = directoryName(release) + "/";
        try (OutputStream out = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            for (FileEntry f : files(release)) {
                ZipArchiveEntry entry = new ZipArchiveEntry(top + f.path());
                entry.setUnixMode(f.mode());
                z.putArchiveEntry(entry);
                z.write(f.content());
                z.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** Installs the release's files into {@code dir} (created), as an unpacked release, and returns it. */
    public Path install(String release, Path dir) throws IOException {
        for (FileEntry f : files(release)) {
            f.writeUnder(dir);
        }
        return dir;
    }

    List<FileEntry> files(String release) {
        DbVersion db = OmeroReleases.databaseOf(release);
        List<FileEntry> files = new ArrayList<>();
        files.add(FileEntry.program("bin/omero", SimResources.fill("omero.py",
                Map.of("VERSION", release, "CALL_LOG", callLog.toString(), "IN_VENV", "no"))));
        files.add(FileEntry.text("etc/grid/config.xml", """
                <?xml version='1.0' encoding='UTF-8'?>
                <icegrid>
                  <properties id="__ACTIVE__">
                    <property name="omero.config.profile" value="default" />
                  </properties>
                  <properties id="default" />
                </icegrid>
                """));
        files.add(FileEntry.text("etc/grid/templates.xml", "<!-- simulated OMERO " + release
                + " grid templates: memory settings of the Blitz process (-Xmx512M) -->\n<icegrid/>\n"));
        files.add(FileEntry.text("etc/omero.properties", "omero.version=" + release + "\nomero.db.version="
                + db.version() + "\nomero.db.patch=" + db.patch() + "\n"));
        files.add(FileEntry.text("lib/scripts/omero/util_scripts/Images_From_ROIs.py",
                "# simulated official script of OMERO " + release + "\n"));
        files.add(FileEntry.text("lib/server/blitz.jar", "simulated OMERO " + release + " server\n"));
        files.add(FileEntry.text("lib/python/omeroweb/settings.py", "# simulated OMERO.web settings of " + release + "\n"));
        for (Hop hop : OmeroReleases.shippedBy(release)) {
            files.add(FileEntry.text(hop.script(), UpgradeScripts.upgrade(hop)));
            if (hop.precheck()) {
                files.add(FileEntry.text(hop.precheckScript(), UpgradeScripts.precheck(hop)));
            }
            if (UpgradeScripts.isPermissionsHop(hop)) {
                files.add(FileEntry.text("sql/psql/" + hop.to() + "/" + UpgradeScripts.PERMISSIONS_REPORT,
                        UpgradeScripts.permissionsReport()));
            }
            if (hop.to().toString().equals("OMERO4.3__0")) {
                files.add(FileEntry.text("sql/psql/" + hop.to() + "/" + UpgradeScripts.DATA_FIX, UpgradeScripts.dataFix()));
            }
        }
        return files;
    }
}
