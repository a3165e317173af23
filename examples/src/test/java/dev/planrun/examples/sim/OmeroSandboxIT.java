package dev.planrun.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OmeroSandboxIT {

    @TempDir
    Path dir;

    @Test
    void aSiteReadyForTheFiveSixHop() throws Exception {
        OmeroSandbox.Layout site = new OmeroSandbox().create(dir, "5.5", "5.6", "omero_sandbox", true);
        assertThat(Files.readSymbolicLink(site.serverDir())).isEqualTo(site.oldInstallation().getFileName());
        assertThat(site.serverDir().resolve("var/state/server")).content().contains("running");
        assertThat(site.oldInstallation().resolve("etc/grid/config.xml")).content()
                .contains("omero_sandbox").contains("omero.glacier2.IceSSL.Protocols");
        assertThat(site.releaseArchive()).exists();
        assertThat(site.releaseDir()).doesNotExist();
        assertThat(site.dataDir().resolve("BioFormatsCache/data/images/.cells-01.tif.bfmemo")).exists();
        assertThat(new VirtualEnvs().version(site.venv(), "omero-py")).isEqualTo("5.19.3");
        assertThat(site.params("127.0.0.1", 5432, "omero_sandbox", "omero")).containsEntry("server_dir", site.serverDir().toString())
                .containsKeys("release_archive", "release_dir", "data_dir", "venv", "backup_dir", "pip_find_links");
        assertThat(CallLog.read(site.callLog())).extracting(CallLog.Call::command).endsWith("admin start");
    }
}
