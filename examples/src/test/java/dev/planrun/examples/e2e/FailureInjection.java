package dev.planrun.examples.e2e;

import dev.planrun.testkit.SafetyLedger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure injected at every step of a catalog plan in turn: the plan, with a failing step put
 * in place of each step of its run order (every earlier step completes first) and one after the
 * last, applied with {@code --on-failure rollback}. Counts what the passing points showed, for
 * docs/safety.md.
 */
final class FailureInjection {

    /** One failure point: the plan that fails there, and the steps that completed before it. */
    record Point(int index, String before, Path plan, List<String> completed) {
        @Override
        public String toString() {
            return before == null ? "after the last step" : "in place of " + before;
        }
    }

    private final Path plan;
    private final List<String> order;
    private int restored;
    private int stopped;

    FailureInjection(Path plan) {
        this.plan = plan;
        this.order = EndToEnd.stepOrder(plan);
    }

    /** The plan's steps in run order. */
    List<String> order() {
        return order;
    }

    /** Every failure point, the plans written under {@code dir}. */
    List<Point> points(Path dir) {
        List<Point> points = new ArrayList<>();
        for (int k = 0; k <= order.size(); k++) {
            String before = k < order.size() ? order.get(k) : null;
            points.add(new Point(k, before, EndToEnd.withFailureBefore(plan, order, before, dir), order.subList(0, k)));
        }
        return points;
    }

    /** A point whose rollback returned the installation to its starting state. */
    void restored() {
        restored++;
    }

    /** How many points stopped at an irreversible step so far. */
    int stopped() {
        return stopped;
    }

    /** A point whose rollback stopped, as it must, at an irreversible step (exit 5, the step named). */
    void stoppedAtIrreversible() {
        stopped++;
    }

    /** Writes the figures of the points that passed. */
    void record(String name, String title) {
        SafetyLedger.record(name, title, "steps", order.size(), "failure points", restored + stopped,
                "rolled back to the starting state", restored, "stopped at an irreversible step, named (exit 5)", stopped);
    }
}
