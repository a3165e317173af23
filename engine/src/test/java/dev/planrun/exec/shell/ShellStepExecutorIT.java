package dev.planrun.exec.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.ShellStep;
import dev.planrun.testkit.StepHarness;
import dev.planrun.testkit.TestSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellStepExecutorIT {

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;
    private StepHarness<ShellStep> harness;

    @BeforeEach
    void setUp() {
        harness = StepHarness.onTree(new ShellStepExecutor(), runs, sandbox);
    }

    @Test
    void run_passes_each_argument_intact_and_preview_changes_nothing() throws Exception {
        Path out = sandbox.resolve("out file.txt");
        ShellStep step = run("write", List.of("bash", "-c", "printf '%s' \"$1\" > \"$2\"", "arg0",
                "it's; \"one\" arg", out.toString()));

        StepPreview preview = harness.previewChangesNothing(step);
        StepOutcome outcome = harness.apply(step);

        assertThat(preview.summary()).startsWith("run bash -c ").contains("'it'\\''s; \"one\" arg'");
        assertThat(outcome.skipped()).isFalse();
        assertThat(Files.readString(out)).isEqualTo("it's; \"one\" arg");
    }

    @Test
    void script_runs_under_bash_with_errexit_nounset_and_pipefail() throws Exception {
        assertThatThrownBy(() -> harness.apply(script("pipe", "false | true\necho not reached")))
                .isInstanceOf(StepFailedException.class).hasMessageContaining("exited with code 1");
        assertThatThrownBy(() -> harness.apply(script("unset", "echo \"$PLANRUN_NOT_SET\"")))
                .isInstanceOf(StepFailedException.class)
                .hasMessageContaining("unset").hasMessageContaining("PLANRUN_NOT_SET");
        assertThat(harness.lastContext().lines()).anyMatch(l -> l.startsWith("unset: line 1: PLANRUN_NOT_SET"));
    }

    @Test
    void output_streams_to_the_context_line_by_line() throws Exception {
        harness.apply(script("talk", "echo one\necho two >&2\necho three"));

        assertThat(harness.lastContext().lines()).containsExactlyInAnyOrder("one", "two", "three");
    }

    @Test
    void cwd_and_env_reach_the_program() throws Exception {
        ShellStep step = new ShellStep(TestSteps.common("env"), null, "echo \"$(pwd)|$GREETING\" > result",
                sandbox.toString(), Map.of("GREETING", "hello world"), null, null, null);

        harness.apply(step);

        assertThat(Files.readString(sandbox.resolve("result")).strip())
                .isEqualTo(sandbox.toRealPath() + "|hello world");
    }

    @Test
    void success_codes_decide_what_counts_as_success() throws Exception {
        ShellStep three = new ShellStep(TestSteps.common("three"), List.of("bash", "-c", "exit 3"), null, null,
                null, List.of(0, 3), null, null);
        ShellStep four = new ShellStep(TestSteps.common("four"), List.of("bash", "-c", "echo bad thing; exit 4"),
                null, null, null, List.of(0, 3), null, null);

        assertThat(harness.apply(three).summary()).isEqualTo("exit code 3");
        assertThatThrownBy(() -> harness.apply(four)).isInstanceOf(StepFailedException.class)
                .hasMessage("exited with code 4 (success codes: [0, 3]); last output line: bad thing");
    }

    @Test
    void creates_skips_the_step_when_present_and_makes_it_resumable() throws Exception {
        Path marker = sandbox.resolve("done.marker");
        ShellStep step = new ShellStep(TestSteps.common("once"), null,
                "echo run >> " + sandbox.resolve("count") + "\ntouch " + marker, null, null, null,
                marker.toString(), null);
        ShellStepExecutor executor = new ShellStepExecutor();

        assertThat(executor.resumeSafety(step, harness.newContext(step)).safe()).isTrue();
        assertThat(harness.previewChangesNothing(step).details()).contains("creates: " + marker
                + " (absent now: the step will run)");
        StepOutcome again = harness.applyTwiceChangesNothingMore(step);

        assertThat(again.skipped()).isTrue();
        assertThat(again.summary()).isEqualTo(marker + " exists");
        assertThat(Files.readAllLines(sandbox.resolve("count"))).containsExactly("run");
        assertThat(executor.resumeSafety(run("plain", List.of("true")), harness.newContext(step)).safe()).isFalse();
    }

    @Test
    void expect_output_must_match_somewhere_in_the_output() throws Exception {
        ShellStep ok = new ShellStep(TestSteps.common("ok"), List.of("printf", "a\\nREADY FOR UPGRADE\\nb\\n"), null,
                null, null, null, null, "^READY FOR UPGRADE$");
        ShellStep missing = new ShellStep(TestSteps.common("missing"), List.of("echo", "NOT READY"), null,
                null, null, null, null, "^READY");

        assertThat(harness.apply(ok).summary()).isEqualTo("exit code 0, output matched /^READY FOR UPGRADE$/");
        assertThatThrownBy(() -> harness.apply(missing)).isInstanceOf(StepFailedException.class)
                .hasMessage("the output does not match expect-output /^READY/; last output line: NOT READY");
    }

    @Test
    void the_step_timeout_kills_the_step() {
        ShellStep step = new ShellStep(TestSteps.common("slow", Duration.ofSeconds(1)), null,
                "sleep 300 & sleep 300\nwait", null, null, null, null, null);

        assertThatThrownBy(() -> harness.apply(step)).isInstanceOf(StepFailedException.class)
                .hasMessageStartingWith("timed out after PT1S");
    }

    @Test
    void secrets_are_masked_in_preview_and_failure_messages() throws IOException {
        ShellStep step = run("secret", List.of("bash", "-c", "echo using hunter2; exit 2", "--password=hunter2"));
        var context = harness.newContext(step).withSecrets("hunter2");

        StepPreview preview = harness.previewChangesNothing(step, context);

        assertThat(preview.summary()).doesNotContain("hunter2").contains("******");
        assertThatThrownBy(() -> harness.apply(step, context)).isInstanceOf(StepFailedException.class)
                .hasMessageNotContaining("hunter2").hasMessageContaining("using ******");
        assertThat(context.lines()).containsExactly("using ******");
    }

    @Test
    void a_script_is_never_an_argument_that_ps_shows_and_its_file_is_gone_while_it_runs() throws Exception {
        Path pid = sandbox.resolve("pid");
        Path go = sandbox.resolve("go");
        ShellStep step = script("login", "password='hunter2-in-a-script'\n"
                + "echo $$ > " + pid + ".tmp && mv " + pid + ".tmp " + pid + "\n"
                + "for i in $(seq 600); do [ -e " + go + " ] && break; sleep 0.05; done\n"
                + "echo \"args: $# zero: $0 length: ${#password}\"");
        var context = harness.newContext(step).withSecrets("hunter2-in-a-script");
        java.util.concurrent.CompletableFuture<StepOutcome> running = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return harness.apply(step, context);
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> cmdline = List.of(Files.readString(Path.of("/proc", Files.readString(pid).strip(), "cmdline"))
                .split("\0"));
        Files.createFile(go);
        running.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(String.join(" ", cmdline)).contains("bash -euo pipefail -c").doesNotContain("hunter2");
        assertThat(Path.of(cmdline.get(cmdline.size() - 1))).as("the script file, removed once bash opened it")
                .doesNotExist();
        assertThat(context.lines()).containsExactly("args: 0 zero: login length: 19");
    }

    @Test
    void a_script_longer_than_an_argument_may_be_runs() throws Exception {
        String filler = "# " + "x".repeat(200) + "\n";
        harness.apply(script("long", filler.repeat(1000) + "echo after 200 KB of comments"));

        assertThat(harness.lastContext().lines()).containsExactly("after 200 KB of comments");
    }

    @Test
    void a_missing_program_fails_the_step_with_its_name() {
        assertThatThrownBy(() -> harness.apply(run("missing", List.of("planrun-no-such-tool", "x"))))
                .isInstanceOf(StepFailedException.class).hasMessageContaining("planrun-no-such-tool");
    }

    private static ShellStep run(String id, List<String> argv) {
        return new ShellStep(TestSteps.common(id), argv, null, null, null, null, null, null);
    }

    private static ShellStep script(String id, String script) {
        return new ShellStep(TestSteps.common(id), null, script, null, null, null, null, null);
    }
}
