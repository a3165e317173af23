package dev.planrun.exec.filecopy;

import static dev.planrun.exec.filecopy.TestArchives.E.dir;
import static dev.planrun.exec.filecopy.TestArchives.E.file;
import static dev.planrun.exec.filecopy.TestArchives.E.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.FileCopyStep.Mode;
import dev.planrun.model.FileCopyStep.Overwrite;
import dev.planrun.testkit.StepHarness;
import dev.planrun.testkit.TestSteps;
import dev.planrun.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCopyExtractIT {

    private static final List<TestArchives.E> RELEASE = List.of(
            dir("OMERO.server-5.6.3/"),
            dir("OMERO.server-5.6.3/bin/"),
            file("OMERO.server-5.6.3/bin/omero", 0755, "#!/bin/sh\necho 5.6.3\n"),
            file("OMERO.server-5.6.3/etc/grid/templates.xml", 0644, "<icegrid/>\n"),
            link("OMERO.server-5.6.3/lib/current", "../etc"));

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;
    @TempDir
    Path archives;
    private StepHarness<FileCopyStep> harness;
    private Path server;

    @BeforeEach
    void setUp() throws IOException {
        harness = StepHarness.onTree(new FileCopyStepExecutor(), runs, sandbox);
        server = Files.createDirectories(sandbox.resolve("opt/omero/server"));
        Files.createDirectories(server.resolve("OMERO.server-5.4.10"));
        Files.createSymbolicLink(server.resolve("OMERO.server"), Path.of("OMERO.server-5.4.10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip", "tar.gz", "tar.bz2", "tar"})
    void extracts_beside_the_old_release_keeping_modes_and_links(String format) throws Exception {
        FileCopyStep step = extract(archive(format, RELEASE), server.toString(), Overwrite.FALSE);

        StepPreview preview = harness.previewChangesNothing(step);
        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(preview.details()).anyMatch(d -> d.endsWith("(5 entries; top level: OMERO.server-5.6.3)"))
                .contains("will extract OMERO.server-5.6.3 from " + step.from() + " into " + server);
        assertThat(preview.inputs()).singleElement().satisfies(d -> assertThat(d.sha256()).hasSize(64));
        Path omero = server.resolve("OMERO.server-5.6.3/bin/omero");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(omero))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readSymbolicLink(server.resolve("OMERO.server-5.6.3/lib/current"))).isEqualTo(Path.of("../etc"));
        assertThat(server.resolve("OMERO.server-5.4.10")).isDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip", "tar.gz"})
    void strip_components_puts_the_top_directory_content_straight_into_the_target(String format) throws Exception {
        String release = server + "/OMERO.server-5.6.3-ice36";
        FileCopyStep step = new FileCopyStep(TestSteps.common("unpack"), archive(format, RELEASE).toString(), release,
                Mode.EXTRACT, Overwrite.FALSE, false, 1);

        StepPreview preview = harness.previewChangesNothing(step);
        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(preview.details()).anyMatch(d -> d.endsWith("(4 entries; top level after dropping 1 name(s): bin, etc, lib)"));
        Path omero = server.resolve("OMERO.server-5.6.3-ice36/bin/omero");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(omero))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readSymbolicLink(server.resolve("OMERO.server-5.6.3-ice36/lib/current"))).isEqualTo(Path.of("../etc"));
        assertThat(server.resolve("OMERO.server-5.6.3")).doesNotExist();
    }

    @Test
    void extracts_into_a_directory_it_creates() throws Exception {
        FileCopyStep step = extract(archive("zip", RELEASE), sandbox + "/new/releases", Overwrite.FALSE);

        harness.rollbackRestores(step);
        harness.apply(step);

        assertThat(sandbox.resolve("new/releases/OMERO.server-5.6.3/etc/grid/templates.xml")).hasContent("<icegrid/>");
    }

    @Test
    void a_changed_item_is_replaced_only_when_overwrite_allows() throws Exception {
        Path archive = archive("tar.gz", RELEASE);
        harness.apply(extract(archive, server.toString(), Overwrite.FALSE));
        Files.writeString(server.resolve("OMERO.server-5.6.3/bin/omero"), "edited");

        assertThatThrownBy(() -> harness.apply(extract(archive, server.toString(), Overwrite.FALSE)))
                .hasMessageContaining("OMERO.server-5.6.3 differs from the archive");
        FileCopyStep replace = extract(archive, server.toString(), Overwrite.BACKUP);
        harness.rollbackRestores(replace);
        harness.apply(replace);
        assertThat(server.resolve("OMERO.server-5.6.3/bin/omero")).hasContent("#!/bin/sh\necho 5.6.3");
        assertThat(server.resolve("OMERO.server-5.6.3.bak-" + harness.lastContext().runId() + "/bin/omero"))
                .hasContent("edited");
    }

    @Test
    void entries_escaping_the_target_are_refused_before_anything_changes() throws Exception {
        List<Path> evil = List.of(
                archive("zip", List.of(file("ok.txt", 0644, "fine"), file("../escaped.txt", 0644, "zip slip"))),
                archive("tar", List.of(file("ok.txt", 0644, "fine"), file("/tmp/planrun-absolute.txt", 0644, "abs"))),
                archive("tar.gz", List.of(file("ok.txt", 0644, "fine"), link("etc", "../../.."))),
                archive("zip", List.of(link("root", "/etc"))));
        TreeSnapshot before = TreeSnapshot.of(sandbox);

        for (Path archive : evil) {
            FileCopyStep step = extract(archive, server.toString(), Overwrite.FALSE);
            assertThat(harness.previewChangesNothing(step).warnings()).anyMatch(w -> w.contains(": refused"));
            assertThatThrownBy(() -> harness.apply(step)).isInstanceOf(StepFailedException.class)
                    .hasMessageContaining("refused").hasMessageEndingWith("nothing was changed");
        }
        assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
        assertThat(sandbox.resolve("opt/omero/escaped.txt")).doesNotExist();
    }

    @Test
    void a_link_that_escapes_through_another_link_fails_and_rollback_cleans_up() throws Exception {
        // lexically inside ("x/.." is "."), really outside: x points at the item itself
        Path archive = archive("tar", List.of(dir("item/"), file("item/a.txt", 0644, "a"), link("item/x", "."),
                link("item/x/m", "../..")));
        FileCopyStep step = extract(archive, server.toString(), Overwrite.FALSE);
        TreeSnapshot before = TreeSnapshot.of(sandbox);
        var context = harness.newContext(step);

        assertThat(harness.previewChangesNothing(step).warnings()).isEmpty();
        assertThatThrownBy(() -> harness.apply(step, context)).isInstanceOf(StepFailedException.class)
                .hasMessageContaining("archive entry item/x/m refused: it leads outside");
        assertThat(server.resolve("item/a.txt")).exists();
        harness.rollbackRestores(step, context, before);
    }

    @Test
    void an_interrupted_extraction_is_undone_before_the_step_runs_again() throws Exception {
        Path archive = archives.resolve("release.tar");
        TestArchives.tar(archive, "", List.of(dir("item/"), file("item/a.txt", 0644, "a"), link("item/x", "."),
                link("item/x/m", "../..")));
        FileCopyStep step = extract(archive, server.toString(), Overwrite.FALSE);
        TreeSnapshot before = TreeSnapshot.of(sandbox);
        var context = harness.newContext(step);
        assertThatThrownBy(() -> harness.apply(step, context)).isInstanceOf(StepFailedException.class);
        assertThat(server.resolve("item/a.txt")).exists();

        TestArchives.tar(archive, "", List.of(dir("item/"), file("item/b.txt", 0644, "b")));
        harness.apply(step, context);

        assertThat(server.resolve("item/a.txt")).doesNotExist();
        assertThat(server.resolve("item/b.txt")).hasContent("b");
        harness.rollbackRestores(step, context, before);
    }

    private Path archive(String format, List<TestArchives.E> entries) throws IOException {
        Path file = Files.createTempFile(archives, "release", "." + format);
        return format.equals("zip") ? TestArchives.zip(file, entries)
                : TestArchives.tar(file, format.replace("tar", "").replace(".", ""), entries);
    }

    private static FileCopyStep extract(Path archive, String into, Overwrite overwrite) {
        return new FileCopyStep(TestSteps.common("unpack"), archive.toString(), into, Mode.EXTRACT, overwrite, false);
    }
}
