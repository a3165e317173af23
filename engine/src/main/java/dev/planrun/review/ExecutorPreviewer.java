package dev.planrun.review;

import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.Step;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Previews steps with their executors (what {@code apply} will really do: digests, old and new
 * values, package changes), and with a fallback for step types that have no executor here.
 */
public final class ExecutorPreviewer implements StepPreviewer {

    private final Map<Class<?>, StepExecutor<?>> byType = new HashMap<>();
    private final StepContext context;
    private final StepPreviewer fallback;

    /**
     * @param executors at most one per step type
     * @param context   what the executors may read through (a {@link PreviewContext})
     * @param fallback  for steps whose type has no executor in the list
     */
    public ExecutorPreviewer(List<? extends StepExecutor<?>> executors, StepContext context, StepPreviewer fallback) {
        for (StepExecutor<?> executor : executors) {
            if (byType.putIfAbsent(executor.stepType(), executor) != null) {
                throw new IllegalArgumentException("two executors for " + executor.stepType().getSimpleName());
            }
        }
        this.context = context;
        this.fallback = fallback;
    }

    @Override
    public StepPreview preview(Step resolved) {
        StepExecutor<?> executor = byType.get(resolved.getClass());
        return executor == null ? fallback.preview(resolved) : previewWith(executor, resolved);
    }

    @SuppressWarnings("unchecked")
    private <S extends Step> StepPreview previewWith(StepExecutor<S> executor, Step step) {
        return executor.preview((S) step, context);
    }
}
