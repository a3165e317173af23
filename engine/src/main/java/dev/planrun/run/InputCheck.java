package dev.planrun.run;

import dev.planrun.interp.Scope;
import dev.planrun.interp.StepResolver;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.model.Step;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Before a run starts: what the steps' inputs, as they are now, say would stop one of them (a
 * script with an unsupported psql meta-command). Nothing has run then, so the run is refused as
 * invalid instead of failing half-way. An input that does not exist yet is its step's business
 * when it starts.
 */
final class InputCheck {

    private InputCheck() {
    }

    /** The refusal, or empty when every step that can be checked now can run. */
    static Optional<RunResult> of(List<Step> order, Predicate<String> alreadyFinished, Scope scope,
                                  ExecutorRegistry executors) {
        StepResolver resolver = new StepResolver(scope);
        List<Problem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Step planned : order) {
            if (alreadyFinished.test(planned.id())) {
                continue;
            }
            Step step;
            try {
                step = resolver.resolve(planned);
            } catch (UnresolvedReferenceException e) {
                continue; // the step fails with this when its turn comes
            }
            List<Problem> found = executors.inputProblems(step).stream().filter(Problem::isError).toList();
            if (!found.isEmpty()) {
                refused.add(step.id());
                found.forEach(p -> problems.add(new Problem(p.severity(), p.position(),
                        "step '" + step.id() + "': " + scope.masker().mask(p.message()))));
            }
        }
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RunResult.withoutRun(RunStatus.INVALID, (refused.size() == 1 ? "step " : "steps ")
                + String.join(", ", refused) + " cannot run as written (see above); nothing was run", problems));
    }
}
