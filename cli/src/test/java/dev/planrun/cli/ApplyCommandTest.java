package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.journal.RunJournal;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply, status and rollback in-process on a plan of file-copy steps (no processes involved). */
class ApplyCommandTest {

    @TempDir
    Path dir;

    private Path plan;
    private Path state;

    @BeforeEach
    void writePlan() throws IOException {
        Files.createDirectories(dir.resolve("release"));
        Files.writeString(dir.resolve("release/index.html"), "<h1>2.0</h1>\n");
        state = dir.resolve("state");
        plan = Files.writeString(dir.resolve("plan.yaml"), """
                planrun: 1
                id: site-2.0
                params:
                  target: {type: path, required: true}
                preconditions:
                  - file: {path: "${plan.dir}/release/index.html"}
                steps:
                  - id: install
                    type: file-copy
                    from: ${plan.dir}/release
                    to: ${target}/releases/2.0
                  - id: switch
                    type: file-copy
                    needs: [install]
                    mode: symlink
                    from: ${target}/releases/2.0
                    to: ${target}/current
                """);
    }

    private CliRun cli(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    @Test
    void appliesShowsStatusAndRollsBack() throws IOException {
        Path target = dir.resolve("site");
        CliRun applied = cli("apply", plan.toString(), "-p", "target=" + target, "--state-dir", state.toString());
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("[1/2] install: started").contains("✓ [2/2] switch")
                .contains("planrun: done: 2 steps").contains("report.md");
        assertThat(Files.readSymbolicLink(target.resolve("current"))).isEqualTo(target.resolve("releases/2.0"));

        CliRun status = cli("status", plan.toString(), "--state-dir", state.toString());
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("of site-2.0: done (exit 0)").contains(" install ").contains("steps/02-switch/step.log");

        CliRun json = cli("status", plan.toString(), "--state-dir", state.toString(), "--format", "json");
        assertThat(json.out()).contains("\"format\" : \"planrun-run-report/1\"");

        CliRun undone = cli("rollback", plan.toString(), "-p", "target=" + target, "--state-dir", state.toString());
        assertThat(undone.code()).as(undone.err()).isZero();
        assertThat(undone.out()).contains("planrun: rollback done: rolled back switch, install");
        assertThat(target.resolve("current")).doesNotExist();
        assertThat(target.resolve("releases/2.0")).doesNotExist();
    }

    @Test
    void anIrreversibleStepIsCalledSoOnceWhenRollbackStopsThere() throws IOException {
        Path target = dir.resolve("site");
        Files.createDirectories(target);
        Files.writeString(target.resolve("current"), "a file where the link should go\n");
        Path once = Files.writeString(dir.resolve("once.yaml"), Files.readString(plan).replace(
                "    to: ${target}/releases/2.0\n  - id: switch",
                "    to: ${target}/releases/2.0\n    rollback: none\n  - id: switch"));
        CliRun r = cli("apply", once.toString(), "-p", "target=" + target, "--on-failure", "rollback",
                "--state-dir", state.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.out() + r.err()).contains("↶ install: irreversible: undo it by hand (rollback: none)")
                .doesNotContain("irreversible: it is irreversible");
    }

    @Test
    void aManualStepWithNobodyToConfirmItStopsWithExit7AndResumeYesContinues() throws IOException {
        Path target = dir.resolve("site");
        Files.writeString(plan, Files.readString(plan).replace("""
                  - id: switch
                """, """
                  - id: announce
                    type: manual
                    needs: [install]
                    instructions: Tell the users that 2.0 is coming.
                  - id: switch
                """).replace("needs: [install]\n    mode", "needs: [announce]\n    mode"));
        CliRun waiting = cli("apply", plan.toString(), "-p", "target=" + target, "--state-dir", state.toString());
        assertThat(waiting.code()).as(waiting.err()).isEqualTo(ExitCodes.WAITING);
        assertThat(waiting.err()).contains("planrun: waiting for confirmation: step announce needs a person")
                .contains("apply --resume --yes");
        assertThat(target.resolve("current")).doesNotExist();
        CliRun status = cli("status", plan.toString(), "--state-dir", state.toString());
        assertThat(status.out()).contains("waiting for confirmation (exit 7)");

        CliRun resumed = cli("apply", plan.toString(), "-p", "target=" + target, "--resume", "--yes",
                "--state-dir", state.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(Files.readSymbolicLink(target.resolve("current"))).isEqualTo(target.resolve("releases/2.0"));
    }

    @Test
    void aRunKilledBeforeItsJournalBeganShowsNotStartedAndResumeJustWorks() throws IOException {
        Path target = dir.resolve("site");
        RunLayout killed = new RunStore(state).create("site-2.0", Instant.now());
        new RunJournal(killed.journal()).close();

        CliRun status = cli("status", plan.toString(), "--state-dir", state.toString());
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("run " + killed.runId() + " of site-2.0: not started")
                .contains("apply --resume runs it from the start").contains(" install ").contains("pending");

        CliRun resumed = cli("apply", plan.toString(), "-p", "target=" + target, "--resume", "--state-dir",
                state.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("planrun: done: run " + killed.runId() + " had stopped before anything"
                + " started (its journal had no line), so it ran from the start: 2 steps");
        assertThat(Files.readSymbolicLink(target.resolve("current"))).isEqualTo(target.resolve("releases/2.0"));
    }

    @Test
    void onFailureRollbackFromTheCommandLineUndoesWhatWasDone() throws IOException {
        Path target = dir.resolve("site");
        Files.createDirectories(target);
        Files.writeString(target.resolve("current"), "a file where the link should go\n");
        CliRun r = cli("apply", plan.toString(), "-p", "target=" + target, "--on-failure", "rollback",
                "--state-dir", state.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("planrun: rolled back: step switch failed").contains("; rolled back switch, install");
        assertThat(target.resolve("releases")).doesNotExist();
        assertThat(target.resolve("current")).hasContent("a file where the link should go");
        CliRun resume = cli("apply", plan.toString(), "-p", "target=" + target, "--resume", "--state-dir", state.toString());
        assertThat(resume.code()).isEqualTo(2);
    }

    @Test
    void testRollbackAppliesRollsBackComparesAndAppliesAgain() throws IOException {
        Path target = dir.resolve("site");
        CliRun r = cli("apply", plan.toString(), "-p", "target=" + target, "--test-rollback", "--state-dir", state.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("planrun: done: rollback rehearsal: run ")
                .contains("applied and rolled back to the starting state").contains("then applied again: 2 steps");
        assertThat(Files.readSymbolicLink(target.resolve("current"))).isEqualTo(target.resolve("releases/2.0"));
        CliRun both = cli("apply", plan.toString(), "-p", "target=" + target, "--test-rollback", "--resume");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("cannot be combined with --resume");
    }

    @Test
    void dryRunIsTheReviewAndChangesNothing() {
        Path target = dir.resolve("site");
        CliRun dry = cli("apply", plan.toString(), "-p", "target=" + target, "--dry-run", "--state-dir", state.toString());
        CliRun review = cli("plan", plan.toString(), "-p", "target=" + target);
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).isEqualTo(review.out()).contains("install");
        assertThat(target).doesNotExist();
        assertThat(state).doesNotExist();
    }

    @Test
    void anUnknownParamIsAUsageErrorAndNothingRuns() {
        CliRun r = cli("apply", plan.toString(), "-p", "targt=/x", "--state-dir", state.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("targt");
        assertThat(state.resolve("runs")).doesNotExist();
    }

    @Test
    void statusOfAPlanWithoutRunsSaysSo() {
        CliRun r = cli("status", plan.toString(), "--state-dir", state.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no run of site-2.0 under " + state);
    }

    @Test
    void resumeWithNothingToResumeIsAUsageError() {
        CliRun r = cli("apply", plan.toString(), "-p", "target=" + dir.resolve("site"), "--resume",
                "--state-dir", state.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no unfinished run of site-2.0");
    }
}
