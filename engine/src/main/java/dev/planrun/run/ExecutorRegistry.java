package dev.planrun.run;

import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One executor per step type, checked once when built: a step type with no executor or with two
 * is a programming error found at start-up, not in the middle of a run.
 */
public final class ExecutorRegistry {

    private final Map<Class<?>, StepExecutor<?>> byType;

    private ExecutorRegistry(Map<Class<?>, StepExecutor<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    /**
     * @throws IllegalStateException naming every step type with no executor or with more than one
     */
    public static ExecutorRegistry of(List<? extends StepExecutor<?>> executors) {
        Map<Class<?>, StepExecutor<?>> byType = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (StepExecutor<?> e : executors) {
            StepExecutor<?> earlier = byType.putIfAbsent(e.stepType(), e);
            if (earlier != null) {
                wrong.add(e.stepType().getSimpleName() + " has two executors: " + earlier.getClass().getName()
                        + " and " + e.getClass().getName());
            }
        }
        Arrays.stream(Step.class.getPermittedSubclasses()).filter(t -> !byType.containsKey(t))
                .forEach(t -> wrong.add(t.getSimpleName() + " has no executor"));
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("executor registry: " + String.join("; ", wrong));
        }
        return new ExecutorRegistry(byType);
    }

    @SuppressWarnings("unchecked")
    private <S extends Step> StepExecutor<S> of(S step) {
        return (StepExecutor<S>) byType.get(step.getClass());
    }

    public StepPreview preview(Step step, StepContext context) {
        return of(step).preview(step, context);
    }

    public StepOutcome apply(Step step, StepContext context) throws StepFailedException {
        return of(step).apply(step, context);
    }

    public List<Problem> inputProblems(Step step) {
        return of(step).inputProblems(step);
    }

    public boolean hasAutoRollback(Step step) {
        return of(step).hasAutoRollback();
    }

    public void rollback(Step step, StepContext context) throws StepFailedException {
        of(step).rollback(step, context);
    }

    public ResumeSafety resumeSafety(Step step, StepContext context) {
        return of(step).resumeSafety(step, context);
    }
}
