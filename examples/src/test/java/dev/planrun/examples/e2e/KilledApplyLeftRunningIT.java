package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real planrun jar killed with SIGKILL while a quiet shell step runs: the step's script
 * outlives it (re-parented to init, nothing written to the dead planrun's pipe), and the OS lock
 * went with the dead process. Resume must not run the step a second time beside it.
 */
class KilledApplyLeftRunningIT {

    @TempDir
    Path dir;

    @Test
    void resumeRefusesWithExitFourWhileTheKilledRunsScriptRunsThenRunsTheStepOnce() throws Exception {
        Path plan = Files.writeString(dir.resolve("p.yaml"), """
                planrun: 1
                id: count-once
                steps:
                  - id: slow
                    type: shell
                    creates: %1$s/done
                    script: |
                      mkfifo %1$s/tick && exec 3<>%1$s/tick # read -t on it sleeps in bash itself: one process
                      echo $$ > %1$s/pid.tmp && mv %1$s/pid.tmp %1$s/pid
                      read -t 6 -u 3 || true
                      echo line >> %1$s/count
                      touch %1$s/done
                """.formatted(dir));
        PlanrunJar planrun = new PlanrunJar(dir, Map.of());
        String state = dir.resolve("state").toString();
        Process first = planrun.start("apply", plan.toString(), "--state-dir", state);
        EndToEnd.waitFor(() -> Files.exists(dir.resolve("pid")));
        long script = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try {
            PlanrunJar.Result refused = planrun.run("apply", plan.toString(), "--state-dir", state, "--resume");
            assertThat(refused.code()).as("%s", refused).isEqualTo(4);
            assertThat(refused.err()).contains("pid " + script + " (step slow): ")
                    .contains("wait for it to end or stop it, then resume");

            ProcessHandle.of(script).ifPresent(p -> p.onExit().join());
            PlanrunJar.Result resumed = planrun.run("apply", plan.toString(), "--state-dir", state, "--resume");
            assertThat(resumed.code()).as("%s", resumed).isZero();
            assertThat(Files.readAllLines(dir.resolve("count"))).containsExactly("line");
        } finally {
            ProcessHandle.of(script).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
