package dev.planrun.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CommonsExecProcessRunnerIT {

    private final Map<String, String> base = new HashMap<>(System.getenv());

    @TempDir
    Path dir;

    @Test
    void arguments_reach_the_program_exactly_as_written() throws IOException {
        List<String> tricky = List.of("two words", "it's \"quoted\"", "a; rm -rf /tmp/x", "$HOME", "*", "");
        List<String> argv = new ArrayList<>(List.of("printf", "[%s]\\n"));
        argv.addAll(tricky);

        ProcessResult result = runner().run(argv, dir, Map.of(), null, null, line -> { });

        assertThat(result.exitCode()).isZero();
        assertThat(result.output().lines().toList())
                .containsExactly("[two words]", "[it's \"quoted\"]", "[a; rm -rf /tmp/x]", "[$HOME]", "[*]", "[]");
    }

    @Test
    void output_lines_of_both_streams_arrive_live_and_are_captured() throws IOException {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ProcessResult result = runner().run(List.of("bash", "-c", "echo out; echo err >&2; exit 3"),
                dir, Map.of(), null, null, seen::add);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.timedOut()).isFalse();
        assertThat(seen).containsExactlyInAnyOrder("out", "err");
        assertThat(result.output().lines()).containsExactlyInAnyOrder("out", "err");
    }

    @Test
    void runs_in_the_working_directory_and_resolves_relative_programs_there() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve("tool");
        Files.writeString(tool, "#!/bin/bash\npwd\n");
        tool.toFile().setExecutable(true);

        ProcessResult result = runner().run(List.of("bin/tool"), dir, Map.of(), null, null, null);

        assertThat(result.output().strip()).isEqualTo(dir.toRealPath().toString());
    }

    @Test
    void environment_adds_and_removes_variables() throws IOException {
        base.put("PLANRUN_KEEP", "kept");
        base.put("PLANRUN_DROP", "present");
        Map<String, String> changes = new HashMap<>();
        changes.put("PLANRUN_ADDED", "with space");
        changes.put("PLANRUN_DROP", null);

        ProcessResult result = runner().run(List.of("bash", "-c",
                        "echo \"$PLANRUN_KEEP|$PLANRUN_ADDED|${PLANRUN_DROP-unset}\""),
                dir, changes, null, null, null);

        assertThat(result.output().strip()).isEqualTo("kept|with space|unset");
    }

    @Test
    void stdin_is_written_to_the_program_and_closed() throws IOException {
        ProcessResult result = runner().run(List.of("cat"), dir, Map.of(), Duration.ofSeconds(30),
                "first line\nsecond; line\n", null);

        assertThat(result.output().lines()).containsExactly("first line", "second; line");
    }

    @Test
    void a_timeout_kills_the_whole_process_tree() throws Exception {
        String a = marker();
        String b = marker();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                seen.addAll(sleepers(a, b));
            }
        });
        watcher.start();

        ProcessResult result = runner().run(List.of("bash", "-c", "sleep " + a + " & sleep " + b + "; wait"),
                dir, Map.of(), Duration.ofSeconds(2), null, null);
        watcher.interrupt();
        watcher.join();

        assertThat(result.timedOut()).isTrue();
        assertThat(seen).as("both sleeps ran").hasSize(2);
        assertThat(sleepers(a, b)).as("survivors").isEmpty();
        seen.forEach(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(
                java.util.Optional.of(true)));
    }

    @Test
    void a_timeout_also_kills_children_that_were_re_parented() throws Exception {
        String orphan = marker();
        // the subshell exits at once: its sleep is no longer a descendant, only the process group holds it
        ProcessResult result = runner().run(List.of("bash", "-c", "(sleep " + orphan + " &); sleep 300"),
                dir, Map.of(), Duration.ofSeconds(2), null, null);

        assertThat(result.timedOut()).isTrue();
        assertThat(sleepers(orphan, orphan)).isEmpty();
    }

    @Test
    @Timeout(120)
    void a_background_child_holding_the_output_does_not_keep_the_step_waiting() throws IOException {
        String daemon = marker();
        try {
            // as a server start script that leaves its daemon attached to the output
            ProcessResult result = runner().run(List.of("bash", "-c", "sleep " + daemon + " & echo started; exit 4"),
                    dir, Map.of(), null, null, null);

            assertThat(result.exitCode()).isEqualTo(4);
            assertThat(result.timedOut()).isFalse();
            assertThat(result.output()).isEqualTo("started\n");
            assertThat(sleepers(daemon, daemon)).as("the daemon keeps running").hasSize(1);
        } finally {
            sleepers(daemon, daemon).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        }
    }

    @Test
    void capture_keeps_the_last_part_of_long_output() throws IOException {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ProcessResult result = new CommonsExecProcessRunner(base, 4096)
                .run(List.of("seq", "1", "20000"), dir, Map.of(), null, null, seen::add);

        assertThat(seen).hasSize(20000);
        assertThat(result.output().length()).isLessThan(4096 + 100);
        assertThat(result.output()).startsWith("[... earlier output dropped").endsWith("19999\n20000\n");
    }

    @Test
    void a_missing_program_is_an_error_that_names_it() {
        assertThatThrownBy(() -> runner().run(List.of("planrun-no-such-program"), dir, Map.of(), null, null, null))
                .isInstanceOf(IOException.class).hasMessageContaining("planrun-no-such-program");
        assertThatThrownBy(() -> runner().run(List.of("./missing"), dir, Map.of(), null, null, null))
                .isInstanceOf(IOException.class).hasMessageContaining("no such file");
    }

    private CommonsExecProcessRunner runner() {
        return new CommonsExecProcessRunner(base);
    }

    /** A sleep duration no other process on the machine uses, to find our sleeps again. */
    private static String marker() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 900_000));
    }

    private static List<Long> sleepers(String a, String b) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> args.length == 1
                        && (args[0].equals(a) || args[0].equals(b))).orElse(false))
                .filter(p -> p.info().command().map(c -> c.endsWith("sleep")).orElse(false))
                .map(ProcessHandle::pid).toList();
    }
}
