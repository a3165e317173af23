package dev.planrun.journal;

import java.nio.file.Path;
import java.util.Map;

/**
 * The state directory (runs and locks): {@code --state-dir}, else {@code $PLANRUN_STATE_DIR},
 * else {@code $XDG_STATE_HOME/planrun}, else {@code ~/.local/state/planrun}.
 */
public final class StateDirs {

    private StateDirs() {
    }

    /**
     * @param given   the {@code --state-dir} option (null: not given)
     * @param env     the environment
     * @param userHome the user's home directory
     */
    public static Path resolve(Path given, Map<String, String> env, Path userHome) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        String explicit = env.get("PLANRUN_STATE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "planrun");
        }
        return userHome.resolve(".local/state/planrun");
    }
}
