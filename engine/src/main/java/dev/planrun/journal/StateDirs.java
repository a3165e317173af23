package dev.planrun.journal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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

    /**
     * Why a state directory cannot be used, for the operator, e.g. {@code cannot use the state
     * directory /dev/null: /dev/null exists and is not a directory; give a writable directory
     * with --state-dir or $PLANRUN_STATE_DIR}.
     */
    public static String unusable(Path stateDir, IOException e) {
        return "cannot use the state directory " + stateDir + ": " + reason(e)
                + "; give a directory planrun may create and write with --state-dir or $PLANRUN_STATE_DIR";
    }

    private static String reason(IOException e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return e.getMessage();
        }
        if (f instanceof FileAlreadyExistsException) {
            return f.getFile() + " exists and is not a directory";
        }
        String why = f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file or directory" : "refused";
        return "cannot create or open " + f.getFile() + " (" + why + ")";
    }
}
