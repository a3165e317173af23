package dev.planrun.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.Step;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs one executor against real state and asserts what every executor promises: a preview
 * changes nothing, apply again changes nothing more (where idempotence is promised), rollback
 * restores the earlier state and may run twice. {@code state} captures what the step may touch
 * (a file tree snapshot, a package list); each apply gets a run of its own.
 */
public final class StepHarness<S extends Step> {

    private final StepExecutor<S> executor;
    private final Path runsDir;
    private final Supplier<Object> state;
    private UnaryOperator<TestStepContext> contextSetup = UnaryOperator.identity();
    private int runs;
    private TestStepContext last;

    public StepHarness(StepExecutor<S> executor, Path runsDir, Supplier<Object> state) {
        this.executor = executor;
        this.runsDir = runsDir;
        this.state = state;
    }

    /** A harness whose state is the snapshot of one file tree. */
    public static <S extends Step> StepHarness<S> onTree(StepExecutor<S> executor, Path runsDir, Path sandbox) {
        return new StepHarness<>(executor, runsDir, () -> TreeSnapshot.of(sandbox));
    }

    /** Every new context passes through {@code setup} (an environment, secrets). */
    public StepHarness<S> configuringContexts(UnaryOperator<TestStepContext> setup) {
        this.contextSetup = setup;
        return this;
    }

    /** A fresh context for the step: a new run. */
    public TestStepContext newContext(S step) {
        last = contextSetup.apply(TestStepContext.create(runsDir, "run-" + (++runs), step.id()));
        return last;
    }

    /** The context of the latest preview, apply or rollback. */
    public TestStepContext lastContext() {
        return last;
    }

    public StepPreview previewChangesNothing(S step) {
        return previewChangesNothing(step, newContext(step));
    }

    public StepPreview previewChangesNothing(S step, TestStepContext context) {
        last = context;
        Object before = state.get();
        StepPreview preview = executor.preview(step, context);
        assertThat(state.get()).as("state after preview").isEqualTo(before);
        return preview;
    }

    public StepOutcome apply(S step) throws StepFailedException {
        return apply(step, newContext(step));
    }

    public StepOutcome apply(S step, TestStepContext context) throws StepFailedException {
        last = context;
        return executor.apply(step, context);
    }

    /** Applies twice in two runs; the second changes nothing. Returns the second outcome. */
    public StepOutcome applyTwiceChangesNothingMore(S step) throws StepFailedException {
        apply(step);
        Object once = state.get();
        StepOutcome again = apply(step);
        assertThat(state.get()).as("state after applying again").isEqualTo(once);
        return again;
    }

    /** Applies, checks the state changed, rolls back twice: each time the state equals the one before apply. */
    public void rollbackRestores(S step) throws StepFailedException {
        Object before = state.get();
        TestStepContext context = newContext(step);
        executor.apply(step, context);
        assertThat(state.get()).as("apply changed something").isNotEqualTo(before);
        rollbackRestores(step, context, before);
    }

    /** Rolls back what {@code context}'s apply recorded, twice; each time the state equals {@code before}. */
    public void rollbackRestores(S step, TestStepContext context, Object before) throws StepFailedException {
        last = context;
        executor.rollback(step, context);
        assertThat(state.get()).as("state after rollback").isEqualTo(before);
        executor.rollback(step, context);
        assertThat(state.get()).as("state after a second rollback").isEqualTo(before);
    }

    public Object state() {
        return state.get();
    }
}
