package dev.planrun.reviewed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.catalog.Chainer;
import dev.planrun.interp.NonSecretValues;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ParamSource;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.validate.PlanValidator;
import dev.planrun.validate.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens a reviewed file for {@code apply}: the plan as reviewed (loaded from the texts the file
 * holds), the params to run it with (the reviewed values, with what the operator gives now on
 * top, secrets given again), and every difference between the review and now. Changes nothing.
 */
public final class ReviewedPlanOpener {

    private final PlanLoader loader = new PlanLoader();
    private final PlanValidator validator;
    private final ReviewedPlanVerifier verifier;
    private final Map<String, String> environment;
    private final Path workingDir;

    /**
     * @param catalogText the text of a catalog resource as this planrun ships it (empty: none)
     */
    public ReviewedPlanOpener(PlanValidator validator, Function<String, Optional<String>> catalogText,
                              String engineVersion, Map<String, String> environment, Path workingDir) {
        this.validator = validator;
        this.verifier = new ReviewedPlanVerifier(engineVersion, catalogText);
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
    }

    /**
     * A reviewed file checked against now.
     *
     * @param digest      sha256 of the reviewed file's bytes (what the ticket quotes)
     * @param plan        the reviewed plan (empty when its texts no longer load: see problems)
     * @param inputs      the params to apply it with
     * @param differences what changed since the review; apply refuses unless empty
     * @param problems    the plan's and the params' problems (errors: apply refuses)
     */
    public record Opened(ReviewedPlan reviewed, String digest, Optional<Plan> plan, ParamInputs inputs,
                         List<Difference> differences, List<Problem> problems) {
    }

    /** @throws InvalidReviewedPlanException when the file is not a readable reviewed plan */
    public Opened open(Path file, ParamInputs given) throws InvalidReviewedPlanException {
        ReviewedPlanFile io = new ReviewedPlanFile();
        ReviewedPlan reviewed = io.read(file);
        String digest;
        try {
            digest = ReviewedPlanFile.digest(file);
        } catch (IOException e) {
            throw new InvalidReviewedPlanException(file + ": cannot read: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Plan> plan = load(reviewed, problems);
        if (plan.isEmpty()) {
            return new Opened(reviewed, digest, plan, given, verifier.verify(reviewed, reviewed.params()),
                    problems);
        }
        ParamInputs inputs = inputs(plan.get(), reviewed, given);
        ResolvedParams resolved = resolver().resolve(plan.get(), inputs);
        problems.addAll(resolved.problems());
        Map<String, Object> now = resolved.ok() ? NonSecretValues.of(plan.get(), resolved.scope()) : reviewed.params();
        Set<String> secrets = plan.get().params().values().stream().filter(ParamSpec::secret).map(ParamSpec::name)
                .collect(Collectors.toSet());
        return new Opened(reviewed, digest, plan, inputs, verifier.verify(reviewed, now, secrets), problems);
    }

    /** The plan from the reviewed texts: the plan file, or the catalog hops chained again. */
    private Optional<Plan> load(ReviewedPlan reviewed, List<Problem> problems) {
        if (reviewed.chain() == null) {
            ReviewedPlan.PlanText only = reviewed.plans().get(0);
            Path path = only.path() == null ? null : Path.of(only.path());
            String name = path != null ? path.toString() : only.resource();
            LoadResult r = new Validation(loader, validator).of(name, only.text(), path == null ? null : path.getParent(),
                    null);
            problems.addAll(r.problems());
            return r.ok() ? r.plan() : Optional.empty();
        }
        List<Plan> hops = new ArrayList<>();
        for (ReviewedPlan.PlanText hop : reviewed.plans()) {
            LoadResult r = loader.load(hop.resource() != null ? hop.resource() : hop.path(), hop.text(), null);
            problems.addAll(r.problems());
            r.plan().ifPresent(hops::add);
        }
        if (Problem.anyError(problems) || hops.isEmpty()) {
            return Optional.empty();
        }
        Plan chained = new Chainer().chain(hops);
        List<Problem> found = validator.validate(chained, null);
        problems.addAll(found);
        return Problem.anyError(found) ? Optional.empty() : Optional.of(chained);
    }

    /**
     * The reviewed values as {@code -p} values, overridden by what the operator gives now ({@code -p},
     * the params file, a param's environment variable): a different value then shows as a difference.
     */
    private ParamInputs inputs(Plan plan, ReviewedPlan reviewed, ParamInputs given) {
        Map<String, String> cli = new LinkedHashMap<>();
        reviewed.params().forEach((name, value) -> {
            if (plan.params().containsKey(name)) {
                cli.put(name, asText(value));
            }
        });
        ResolvedParams now = resolver().resolve(plan, given);
        for (ResolvedParams.ResolvedParam p : now.params()) {
            Object value = now.scope().params().get(p.name());
            boolean givenNow = p.source() == ParamSource.FILE || p.source() == ParamSource.ENV;
            if (givenNow && value != null && !plan.params().get(p.name()).secret()) {
                cli.put(p.name(), asText(value));
            }
        }
        cli.putAll(given.cli());
        return new ParamInputs(cli, given.paramsFile());
    }

    private ParamResolver resolver() {
        return new ParamResolver(environment, ParamResolver.REVIEW_RUN_BUILTINS, workingDir);
    }

    /** A value as {@code -p} takes it: lists as a flow list of quoted items. */
    private static String asText(Object value) {
        if (value instanceof List<?> list) {
            try {
                return new ObjectMapper().writeValueAsString(list.stream().map(String::valueOf).toList());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }
}
