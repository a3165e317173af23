package dev.planrun.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.interp.ParamInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planrun killed with SIGKILL in the middle of a shell step: the step's bash lives on
 * (re-parented to init) and the OS lock went with the dead process. Resume and rollback must not
 * start the step again beside it.
 */
class KilledRunLeftRunningIT {

    @TempDir
    Path dir;

    @Test
    void resumeAndRollbackRefuseWhileTheKilledRunsStepStillRunsThenResumeFinishesItOnce() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, """
                planrun: 1
                id: left-running
                steps:
                  - id: server
                    type: shell
                    script: |
                      # a daemon a finished step leaves behind is no reason to refuse
                      sleep 60 </dev/null >/dev/null 2>&1 &
                      echo $! > %1$s/daemon
                  - id: slow
                    type: shell
                    needs: [server]
                    creates: %1$s/done
                    script: |
                      mkfifo %1$s/tick && exec 3<>%1$s/tick # read -t on it waits without a child process
                      echo $$ > %1$s/pid.tmp && mv %1$s/pid.tmp %1$s/pid
                      for i in $(seq 600); do [ -e %1$s/go ] && break; read -t 0.05 -u 3 || true; done
                      echo ran >> %1$s/count
                      touch %1$s/done
                """.formatted(dir));
        Path state = dir.resolve("state");
        Process planrun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ApplyInChildProcess.class.getName(),
                state.toString(), plan.toString()).inheritIO().start();
        long bash = Long.parseLong(waitForFile(dir.resolve("pid")).strip());
        planrun.destroyForcibly(); // SIGKILL: no shutdown hook kills the step's process tree
        assertThat(planrun.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(bash).map(ProcessHandle::isAlive)).contains(true);
        long daemon = Long.parseLong(Files.readString(dir.resolve("daemon")).strip());

        try {
            RunServices services = ApplyInChildProcess.services(state);
            ApplyRequest resume = new ApplyRequest(ApplyInChildProcess.load(plan), ParamInputs.NONE, null, true);
            RunResult refused = new ApplyOperation(services).apply(resume);
            assertThat(refused.exitCode()).as("%s", refused).isEqualTo(4);
            assertThat(refused.message()).startsWith("a process started by run " + refused.runId() + " is still running: "
                            + "pid " + bash + " (step slow): ").contains("bash -euo pipefail")
                    .endsWith("; wait for it to end or stop it, then resume")
                    .doesNotContain("pid " + daemon);
            RunResult noRollback = new RollbackOperation(services).rollback(ApplyInChildProcess.load(plan),
                    ParamInputs.NONE, null);
            assertThat(noRollback.exitCode()).as("%s", noRollback).isEqualTo(4);
            assertThat(noRollback.message()).contains("pid " + bash + " (step slow)").endsWith(", then roll back");
            assertThat(dir.resolve("count")).doesNotExist();

            Files.createFile(dir.resolve("go"));
            ProcessHandle.of(bash).ifPresent(p -> p.onExit().join());
            RunResult resumed = new ApplyOperation(services).apply(resume);
            assertThat(resumed.status()).as("%s", resumed).isEqualTo(RunStatus.DONE);
            assertThat(Files.readAllLines(dir.resolve("count"))).containsExactly("ran");
        } finally {
            ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(bash).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static String waitForFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("%s within 60 s", file).isLessThan(deadline);
            Thread.sleep(20);
        }
        return Files.readString(file);
    }
}
