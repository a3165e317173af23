package dev.planrun.review;

import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.Step;

/** What {@code rollback: auto} does for each step type that has an inverse (DESIGN: step types). */
final class AutoRollbacks {

    private AutoRollbacks() {
    }

    static String describe(Step step) {
        if (step instanceof FileCopyStep s) {
            return switch (s.mode()) {
                case MOVE -> "move " + s.to() + " back to " + s.from();
                case SYMLINK -> "remove the link " + s.to() + " and put back what it replaced";
                case COPY, EXTRACT -> "remove what was written under " + s.to() + " and put back what it replaced";
            };
        }
        if (step instanceof ConfigSetStep s) {
            return "restore the previous value of " + s.key() + " (or its absence)";
        }
        if (step instanceof PipStep s) {
            return s.uninstall() ? "reinstall the removed packages at the versions recorded before the step"
                    : "reinstall the package versions recorded before the step";
        }
        return "a " + step.type() + " step has no automatic inverse: nothing will be undone";
    }
}
