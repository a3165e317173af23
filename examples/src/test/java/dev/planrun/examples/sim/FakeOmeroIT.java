package dev.planrun.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake bin/omero keeps its configuration in etc/grid/config.xml and logs every call. */
class FakeOmeroIT {

    @TempDir
    Path dir;

    private final Programs programs = new Programs();

    @Test
    void configurationRoundTripsThroughConfigXmlAndTravelsWithIt() throws IOException {
        Path calls = dir.resolve("calls.log");
        OmeroServerSim sim = new OmeroServerSim(calls);
        Path old = sim.install("5.5", dir.resolve("OMERO.server-5.5"));
        omero(old, "config", "set", "omero.db.name", "omero_prod");
        omero(old, "config", "set", "omero.db.pass", "s3cret");
        omero(old, "config", "set", "omero.glacier2.IceSSL.Protocols", "TLS1_0");
        assertThat(omero(old, "config", "get", "omero.db.name")).isEqualTo("omero_prod");
        assertThat(omero(old, "config", "get")).contains("omero.db.pass=********").doesNotContain("s3cret");
        assertThat(omero(old, "config", "get", "--show-password")).contains("omero.db.pass=s3cret");
        omero(old, "config", "set", "omero.glacier2.IceSSL.Protocols");
        assertThat(omero(old, "config", "get", "omero.glacier2.IceSSL.Protocols")).isEmpty();

        Path exported = dir.resolve("properties.backup");
        Files.writeString(exported, omero(old, "config", "get", "--show-password") + "\nomero.web.prefix=/omero\n");
        Path fresh = sim.install("5.6", dir.resolve("OMERO.server-5.6"));
        omero(fresh, "config", "load", exported.toString());
        assertThat(omero(fresh, "config", "get", "omero.db.pass")).isEqualTo("s3cret");
        assertThat(omero(fresh, "config", "get", "omero.web.prefix")).isEqualTo("/omero");

        Path copied = sim.install("5.6", dir.resolve("copy"));
        Files.copy(old.resolve("etc/grid/config.xml"), copied.resolve("etc/grid/config.xml"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(omero(copied, "config", "get", "omero.db.name")).isEqualTo("omero_prod");

        List<CallLog.Call> log = CallLog.read(calls);
        assertThat(log).extracting(CallLog.Call::command).contains("config set omero.db.name omero_prod",
                "config set omero.db.pass ********", "config get --show-password");
        assertThat(Files.readString(calls)).doesNotContain("s3cret\"");
        assertThat(log.get(0).home()).isEqualTo(old.toString());
    }

    @Test
    void adminAndWebCommandsTrackTheirState() throws IOException {
        Path server = new OmeroServerSim(dir.resolve("calls.log")).install("5.5", dir.resolve("server"));
        assertThat(attempt(server, "admin", "status").exitCode()).isEqualTo(1);
        omero(server, "admin", "start");
        assertThat(attempt(server, "admin", "status").exitCode()).isZero();
        assertThat(omero(server, "admin", "jvmcfg")).contains("blitz=");
        assertThat(omero(server, "admin", "diagnostics")).contains("OMERO Diagnostics (simulated) 5.5");
        omero(server, "admin", "stop");
        assertThat(attempt(server, "admin", "status").exitCode()).isEqualTo(1);
        assertThat(omero(server, "web", "config", "nginx", "--http", "8080", "--servername", "omero.example.org"))
                .contains("listen 8080;").contains("server_name omero.example.org;");
        omero(server, "web", "syncmedia");
        assertThat(server.resolve("lib/python/omeroweb/static/synced")).exists();
        assertThat(attempt(server, "certificates").exitCode()).as("needs omero-certificates").isEqualTo(2);
        assertThat(attempt(server, "nonsense").exitCode()).isEqualTo(2);
    }

    @Test
    void theReleaseArchiveHoldsOneTopDirectoryWithAnExecutableOmeroAndTheScripts() throws IOException {
        Path zip = new OmeroServerSim(dir.resolve("calls.log")).writeReleaseArchive("5.6", dir.resolve("OMERO.server-5.6.zip"));
        List<String> names = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                names.add(e.getName());
                if (e.getName().endsWith("bin/omero")) {
                    assertThat(e.getUnixMode() & 0111).isNotZero();
                }
            }
        }
        assertThat(names).allMatch(n -> n.startsWith("OMERO.server-5.6/"));
        assertThat(names).contains("OMERO.server-5.6/bin/omero", "OMERO.server-5.6/etc/grid/config.xml",
                "OMERO.server-5.6/sql/psql/OMERO4__0/OMERO3A__11.sql",
                "OMERO.server-5.6/sql/psql/OMERO4.2__0/omero-4.1-permissions-report.sql",
                "OMERO.server-5.6/sql/psql/OMERO4.3__0/omero-4.2-data-fix.sql",
                "OMERO.server-5.6/sql/psql/OMERO5.4__0/OMERO5.3__1-precheck.sql",
                "OMERO.server-5.6/sql/psql/OMERO5.4__0/OMERO5.3__0.sql");
    }

    private String omero(Path installation, String... args) throws IOException {
        return programs.run(argv(installation, args), dir, Map.of("OMERODIR", "")).strip();
    }

    private ProcessResult attempt(Path installation, String... args) throws IOException {
        return programs.attempt(argv(installation, args), dir, Map.of(), null);
    }

    private static List<String> argv(Path installation, String... args) {
        List<String> argv = new ArrayList<>(List.of(installation.resolve("bin/omero").toString()));
        argv.addAll(List.of(args));
        return argv;
    }
}
