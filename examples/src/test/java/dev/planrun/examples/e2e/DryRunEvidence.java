package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.testkit.SafetyLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evidence that {@code planrun plan} and {@code planrun apply --dry-run} change nothing: both
 * run on a site, which is captured before and after ({@link SiteState}); and the figures of what
 * the passing cases covered, for docs/safety.md.
 */
final class DryRunEvidence {

    private final AtomicInteger plans = new AtomicInteger();
    private final AtomicInteger steps = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicInteger venvs = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    /**
     * Runs {@code plan ARGS} and {@code apply ARGS --dry-run} (ARGS name the plan and its params);
     * both must succeed and leave the site exactly as it was, and write no state directory.
     *
     * @param stepCount how many steps the plan (or chain) has, for the figures
     */
    void check(PlanrunJar planrun, SiteState site, Path state, int stepCount, List<String> args) {
        SiteState.Capture before = site.capture();
        List<String> review = new ArrayList<>(List.of("plan"));
        review.addAll(args);
        List<String> dryRun = new ArrayList<>(List.of("apply"));
        dryRun.addAll(args);
        dryRun.addAll(List.of("--dry-run", "--state-dir", state.toString()));
        for (List<String> command : List.of(review, dryRun)) {
            PlanrunJar.Result r = planrun.run(command.toArray(String[]::new));
            assertThat(r.code()).as("planrun %s: %s", String.join(" ", command), r).isZero();
        }
        SiteState.Capture after = site.capture();
        assertThat(after.text()).as("the site after the review and the dry-run").isEqualTo(before.text());
        assertThat(Files.exists(state)).as("a dry-run writes no run").isFalse();
        plans.incrementAndGet();
        steps.addAndGet(stepCount);
        commands.addAndGet(2);
        files.addAndGet(before.files());
        databases.addAndGet(site.databases().size());
        venvs.addAndGet(site.venvs().size());
        reads.addAndGet(after.readOnlyCalls() - before.readOnlyCalls());
    }

    /** Writes the figures of the cases that passed. */
    void record(String name, String title) {
        SafetyLedger.record(name, title, "plans", plans.get(), "steps", steps.get(), "commands run", commands.get(),
                "files compared by checksum", files.get(), "databases compared by pg_dump", databases.get(),
                "virtualenvs compared by pip list", venvs.get(), "read-only calls of the checks", reads.get());
    }
}
