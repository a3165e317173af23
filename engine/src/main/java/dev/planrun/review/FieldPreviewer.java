package dev.planrun.review;

import dev.planrun.check.CheckSubjects;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Describes a resolved step from its own fields, touching nothing: no file is read, no program
 * run. It is what a review shows when no executor preview is at hand, and the fallback for step
 * types whose executor cannot preview.
 */
public final class FieldPreviewer implements StepPreviewer {

    @Override
    public StepPreview preview(Step step) {
        List<String> details = new ArrayList<>();
        String summary;
        if (step instanceof SqlStep s) {
            summary = sql(s, details);
        } else if (step instanceof ShellStep s) {
            summary = shell(s, details);
        } else if (step instanceof FileCopyStep s) {
            summary = fileCopy(s, details);
        } else if (step instanceof PipStep s) {
            summary = pip(s, details);
        } else if (step instanceof ConfigSetStep s) {
            summary = configSet(s, details);
        } else {
            ManualStep s = (ManualStep) step;
            String first = s.instructions().strip().lines().findFirst().orElse("");
            summary = "a person: " + first;
            s.instructions().strip().lines().skip(1).forEach(l -> details.add("  " + l));
            details.add("apply waits for confirmation (or --yes)");
        }
        return StepPreview.of(summary, details);
    }

    private static String sql(SqlStep s, List<String> details) {
        String summary;
        if (s.file() != null) {
            summary = "run SQL file " + s.file() + " on " + s.connection();
        } else {
            long lines = s.script() == null ? 0 : s.script().lines().count();
            summary = "run an inline SQL script (" + lines + " line" + (lines == 1 ? "" : "s") + ") on " + s.connection();
            if (s.script() != null) {
                s.script().strip().lines().forEach(l -> details.add("  " + l));
            }
        }
        details.add("transaction: " + word(s.transaction()) + ", client: " + word(s.client()));
        s.vars().forEach((k, v) -> details.add("psql variable " + k + " = " + v));
        if (s.expectOutput() != null) {
            details.add("output must match /" + s.expectOutput() + "/");
        }
        return summary;
    }

    private static String shell(ShellStep s, List<String> details) {
        String summary;
        if (s.run() != null) {
            summary = "run " + s.run().stream().map(CheckSubjects::quote).collect(Collectors.joining(" "));
        } else {
            summary = "run a bash script (bash -euo pipefail)";
            if (s.script() != null) {
                s.script().strip().lines().forEach(l -> details.add("  " + l));
            }
        }
        if (s.cwd() != null) {
            details.add("in " + s.cwd());
        }
        s.env().forEach((k, v) -> details.add("env " + k + "=" + v));
        if (!s.successCodes().equals(List.of(0))) {
            details.add("succeeds with exit code " + s.successCodes().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (s.creates() != null) {
            details.add("skipped when " + s.creates() + " exists");
        }
        if (s.expectOutput() != null) {
            details.add("output must match /" + s.expectOutput() + "/");
        }
        return summary;
    }

    private static String fileCopy(FileCopyStep s, List<String> details) {
        details.add("when the target exists: " + switch (s.overwrite()) {
            case FALSE -> "fail";
            case TRUE -> "replace it (the old content is kept for rollback)";
            case BACKUP -> "rename it to NAME.bak-<run id> first";
        });
        if (s.preserve()) {
            details.add("permissions and times preserved");
        }
        return switch (s.mode()) {
            case COPY -> "copy " + s.from() + " to " + s.to();
            case MOVE -> "move " + s.from() + " to " + s.to();
            case SYMLINK -> "link " + s.to() + " -> " + s.from();
            case EXTRACT -> "extract " + s.from() + " into " + s.to();
        };
    }

    private static String pip(PipStep s, List<String> details) {
        String where = s.venv() != null ? "the virtualenv " + s.venv() : s.python();
        if (s.indexUrl() != null) {
            details.add("index: " + s.indexUrl());
        }
        boolean links = s.findLinks() != null && !s.findLinks().isEmpty();
        if (links) {
            details.add("find links: " + s.findLinks());
        }
        if (s.noIndex() && links) {
            details.add("no package index (--no-index)");
        }
        if (s.uninstall()) {
            return "pip uninstall " + String.join(" ", s.packages()) + " from " + where;
        }
        return "pip install " + (s.upgrade() ? "--upgrade " : "") + String.join(" ", s.packages()) + " into " + where;
    }

    private static String configSet(ConfigSetStep s, List<String> details) {
        String where = s.format() == ConfigSetStep.Format.OMERO ? "OMERO config (" + s.omero() + " config)"
                : s.file() + " (" + word(s.format()) + (s.section() == null ? "" : ", section [" + s.section() + "]") + ")";
        if (s.unset()) {
            details.add(s.key() + ": (current value read at apply) -> removed");
            return "unset " + s.key() + " in " + where;
        }
        details.add(s.key() + ": (current value read at apply) -> " + s.value());
        if (s.after() != null) {
            details.add("a new line goes after " + s.after());
        }
        return "set " + s.key() + " = " + s.value() + " in " + where;
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
