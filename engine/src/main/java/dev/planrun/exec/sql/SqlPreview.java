package dev.planrun.exec.sql;

import dev.planrun.exec.StepPreview;
import dev.planrun.interp.Masker;
import dev.planrun.model.SqlStep;
import dev.planrun.sql.script.FileInfo;
import dev.planrun.sql.script.ScriptInspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dry-run view of a sql step, from the script inspector: nothing is run, no connection opened.
 * What the script says that planrun refuses is an error; a file missing now is a warning.
 */
final class SqlPreview {

    private SqlPreview() {
    }

    static StepPreview of(SqlStep step, ScriptInspection in, Masker masker) {
        String name = step.file() != null ? step.file() : "inline script";
        String summary = "run " + name + " on connection " + step.connection() + " (" + in.statements()
                + (in.statements() == 1 ? " statement, " : " statements, ") + (step.client() == SqlStep.SqlClient.PSQL ? "with psql" : "through JDBC") + ")";
        List<String> details = new ArrayList<>();
        List<StepPreview.FileDigest> inputs = new ArrayList<>();
        for (FileInfo f : in.files()) {
            details.add("file " + f.name() + ": " + f.size() + " bytes, sha256 " + f.sha256());
            if (step.file() != null) {
                inputs.add(new StepPreview.FileDigest(Path.of(f.name()), f.sha256(), f.size()));
            }
        }
        details.add("statements: " + in.statements() + (in.copyBlocks() > 0 ? ", COPY data blocks: " + in.copyBlocks() : ""));
        if (!in.metaCommands().isEmpty()) {
            details.add("meta-commands: " + in.metaCommands());
        }
        details.add("transaction: " + step.transaction().name().toLowerCase(Locale.ROOT) + ": "
                + in.transaction().reason());
        step.vars().forEach((k, v) -> details.add("variable " + k + " = " + masker.mask(v)));
        if (step.expectOutput() != null) {
            details.add("expect output matching: " + masker.mask(step.expectOutput()));
        }
        List<String> warnings = in.missingFile() == null ? List.of()
                : List.of(masker.mask(in.missingFile().position() + ": " + in.missingFile().message()
                + " now (if an earlier step makes it, it is checked when this step starts)"));
        return new StepPreview(masker.mask(summary), details, warnings, inputs, in.refusals());
    }
}
