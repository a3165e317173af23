package dev.planrun.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDirsTest {

    private static final Path HOME = Path.of("/home/op");

    @Test
    void theOptionWinsThenPlanrunStateDirThenXdgThenTheHome() {
        Map<String, String> env = Map.of("PLANRUN_STATE_DIR", "/srv/planrun", "XDG_STATE_HOME", "/x");
        assertThat(StateDirs.resolve(Path.of("/given"), env, HOME)).isEqualTo(Path.of("/given"));
        assertThat(StateDirs.resolve(null, env, HOME)).isEqualTo(Path.of("/srv/planrun"));
        assertThat(StateDirs.resolve(null, Map.of("XDG_STATE_HOME", "/x"), HOME)).isEqualTo(Path.of("/x/planrun"));
        assertThat(StateDirs.resolve(null, Map.of("XDG_STATE_HOME", "relative"), HOME))
                .isEqualTo(Path.of("/home/op/.local/state/planrun"));
        assertThat(StateDirs.resolve(null, Map.of(), HOME)).isEqualTo(Path.of("/home/op/.local/state/planrun"));
    }
}
