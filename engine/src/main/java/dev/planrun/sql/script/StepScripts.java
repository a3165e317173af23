package dev.planrun.sql.script;

import dev.planrun.model.SqlStep;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.SqlScript;
import java.nio.file.Path;

/**
 * The script of a resolved sql step as the runners see it: its file (or inline text, named by the
 * step id, {@code \i} relative to the working directory) with the step's transaction mode and
 * psql variables. One place, so that validation, the review and the run inspect the same thing.
 */
public final class StepScripts {

    private StepScripts() {
    }

    public static SqlScript script(SqlStep step) {
        Path cwd = Path.of("").toAbsolutePath();
        return step.file() != null ? SqlScript.file(Path.of(step.file())) : SqlScript.inline(step.id(), step.script(), cwd);
    }

    public static ScriptOptions options(SqlStep step) {
        return ScriptOptions.defaults().withTransaction(step.transaction()).withVariables(step.vars());
    }

    /**
     * Reads the script (and what it includes) without connecting: with {@code client: psql}, psql
     * performs every meta-command, so none is refused.
     */
    public static ScriptInspection inspect(SqlStep step, boolean hashFiles) {
        return new ScriptInspector(hashFiles, step.client() == SqlStep.SqlClient.PSQL).inspect(script(step), options(step));
    }
}
