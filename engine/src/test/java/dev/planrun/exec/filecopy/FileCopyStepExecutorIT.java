package dev.planrun.exec.filecopy;

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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCopyStepExecutorIT {

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;
    private StepHarness<FileCopyStep> harness;
    private Path release;

    @BeforeEach
    void setUp() throws IOException {
        harness = StepHarness.onTree(new FileCopyStepExecutor(), runs, sandbox);
        release = Files.createDirectories(sandbox.resolve("OMERO.server-5.6.3/bin"));
        Files.writeString(release.resolve("omero"), "#!/bin/sh\necho 5.6.3\n");
        Files.setPosixFilePermissions(release.resolve("omero"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(release.resolve("python"), Path.of("omero"));
        Files.setLastModifiedTime(release.resolve("omero"), FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        Files.createDirectories(sandbox.resolve("OMERO.server-5.4.10"));
        Files.writeString(sandbox.resolve("OMERO.server-5.4.10/VERSION"), "5.4.10\n");
        Files.createSymbolicLink(sandbox.resolve("OMERO.server"), Path.of("OMERO.server-5.4.10"));
        Files.writeString(sandbox.resolve("omero.properties"), "omero.db.name=omero\n");
    }

    @Test
    void copy_a_tree_into_new_directories_and_roll_it_back() throws Exception {
        FileCopyStep step = step(Mode.COPY, release.getParent().toString(), sandbox + "/new/place/server", Overwrite.FALSE, true);

        StepPreview preview = harness.previewChangesNothing(step);
        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(preview.details()).contains("to: " + sandbox + "/new/place/server (absent)")
                .anyMatch(d -> d.startsWith("will copy "));
        Path copied = sandbox.resolve("new/place/server/bin");
        assertThat(Files.readSymbolicLink(copied.resolve("python"))).isEqualTo(Path.of("omero"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copied.resolve("omero")))).isEqualTo("rwxr-x---");
        assertThat(Files.getLastModifiedTime(copied.resolve("omero")).toInstant()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
    }

    @Test
    void copy_into_a_directory_when_to_ends_with_a_slash() throws Exception {
        harness.apply(step(Mode.COPY, sandbox + "/omero.properties", sandbox + "/OMERO.server-5.4.10/", Overwrite.FALSE, false));

        assertThat(sandbox.resolve("OMERO.server-5.4.10/omero.properties")).hasContent("omero.db.name=omero");
    }

    @Test
    void overwrite_false_refuses_a_different_target_and_changes_nothing() {
        FileCopyStep step = step(Mode.COPY, sandbox + "/omero.properties", sandbox + "/OMERO.server-5.4.10/VERSION",
                Overwrite.FALSE, false);
        TreeSnapshot before = TreeSnapshot.of(sandbox);

        assertThat(harness.previewChangesNothing(step).warnings()).singleElement().asString()
                .startsWith("apply will fail: " + sandbox + "/OMERO.server-5.4.10/VERSION differs");
        assertThatThrownBy(() -> harness.apply(step)).isInstanceOf(StepFailedException.class)
                .hasMessageEndingWith("and overwrite is false; nothing was changed");
        assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
    }

    @Test
    void overwrite_true_keeps_the_old_file_in_the_run_directory_until_rollback() throws Exception {
        FileCopyStep step = step(Mode.COPY, sandbox + "/omero.properties", sandbox + "/OMERO.server-5.4.10/VERSION",
                Overwrite.TRUE, false);

        harness.rollbackRestores(step);
        harness.apply(step);

        assertThat(sandbox.resolve("OMERO.server-5.4.10/VERSION")).hasContent("omero.db.name=omero");
        assertThat(Files.list(harness.lastContext().stepDir().resolve("backup")).toList()).singleElement()
                .satisfies(b -> assertThat(b).hasContent("5.4.10"));
    }

    @Test
    void overwrite_backup_renames_the_old_target_beside_it() throws Exception {
        FileCopyStep step = step(Mode.COPY, release.getParent().toString(), sandbox + "/OMERO.server-5.4.10",
                Overwrite.BACKUP, false);

        harness.rollbackRestores(step);
        harness.apply(step);

        assertThat(sandbox.resolve("OMERO.server-5.4.10.bak-" + harness.lastContext().runId() + "/VERSION"))
                .hasContent("5.4.10");
        assertThat(sandbox.resolve("OMERO.server-5.4.10/bin/omero")).exists();
    }

    @Test
    void move_renames_and_rollback_moves_back() throws Exception {
        FileCopyStep step = step(Mode.MOVE, sandbox + "/OMERO.server-5.4.10", sandbox + "/old/OMERO.server-5.4.10",
                Overwrite.FALSE, false);

        harness.rollbackRestores(step);
        assertThat(harness.applyTwiceChangesNothingMore(step).summary()).contains("already moved");
        assertThat(sandbox.resolve("old/OMERO.server-5.4.10/VERSION")).hasContent("5.4.10");
        assertThat(sandbox.resolve("OMERO.server-5.4.10")).doesNotExist();
    }

    @Test
    void symlink_repoints_like_ln_and_rollback_restores_the_old_target() throws Exception {
        FileCopyStep step = step(Mode.SYMLINK, "OMERO.server-5.6.3", sandbox + "/OMERO.server", Overwrite.FALSE, false);

        assertThat(harness.previewChangesNothing(step).details())
                .contains("will repoint the symlink " + sandbox + "/OMERO.server: OMERO.server-5.4.10 -> OMERO.server-5.6.3");
        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(Files.readSymbolicLink(sandbox.resolve("OMERO.server"))).isEqualTo(Path.of("OMERO.server-5.6.3"));
        assertThat(sandbox.resolve("OMERO.server/bin/omero")).exists();
    }

    @Test
    void symlink_refuses_to_replace_a_real_directory_unless_overwrite_allows() throws Exception {
        String dir = sandbox + "/OMERO.server-5.4.10";
        FileCopyStep refused = step(Mode.SYMLINK, "OMERO.server-5.6.3", dir, Overwrite.FALSE, false);
        FileCopyStep allowed = step(Mode.SYMLINK, "OMERO.server-5.6.3", dir, Overwrite.TRUE, false);

        assertThatThrownBy(() -> harness.apply(refused)).isInstanceOf(StepFailedException.class)
                .hasMessageContaining("is not a symlink (directory (1 file)) and overwrite is false");
        harness.rollbackRestores(allowed);
        harness.apply(allowed);
        assertThat(Files.isSymbolicLink(Path.of(dir))).isTrue();
    }

    @Test
    void an_interrupted_attempt_is_undone_before_the_step_runs_again() throws Exception {
        FileCopyStep step = step(Mode.COPY, release.getParent().toString(), sandbox + "/copy", Overwrite.FALSE, false);
        TreeSnapshot before = TreeSnapshot.of(sandbox);
        var context = harness.newContext(step);
        harness.apply(step, context);
        // a later change to the copy, as if the first attempt had died half-way
        Files.writeString(sandbox.resolve("copy/bin/partial"), "half");

        harness.apply(step, context);
        assertThat(sandbox.resolve("copy/bin/partial")).doesNotExist();
        assertThat(sandbox.resolve("copy/bin/omero")).exists();
        harness.rollbackRestores(step, context, before);
    }

    private static FileCopyStep step(Mode mode, String from, String to, Overwrite overwrite, boolean preserve) {
        return new FileCopyStep(TestSteps.common(mode.name().toLowerCase()), from, to, mode, overwrite, preserve);
    }
}
