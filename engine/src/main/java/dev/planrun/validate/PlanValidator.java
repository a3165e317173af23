package dev.planrun.validate;

import dev.planrun.load.Unloaded;
import dev.planrun.model.Check;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.PipStep;
import dev.planrun.model.Plan;
import dev.planrun.model.Retries;
import dev.planrun.model.Rollback;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.StepCommon;
import dev.planrun.problem.Problem;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates a loaded plan: the field constraints of the model and every plan-wide rule, all
 * problems at once, sorted by position.
 *
 * <p>Hibernate Validator's bootstrap is slow, so it happens once, on the first validation, and
 * the validator is kept here: build one {@code PlanValidator} and reuse it. It is safe to share
 * between threads.
 */
public final class PlanValidator {

    /** The records whose constraints are checked, to build their metadata ahead of time. */
    private static final List<Class<?>> MODEL = List.of(Plan.class, ParamSpec.class, ConnectionSpec.class,
            StepCommon.class, Retries.class, Rollback.Inline.class, SqlStep.class, ShellStep.class, FileCopyStep.class,
            PipStep.class, ConfigSetStep.class, ManualStep.class, Check.SqlCheck.class, Check.CommandCheck.class,
            Check.FileCheck.class, Check.ParamCheck.class, Check.AllCheck.class, Check.AnyCheck.class,
            Check.NotCheck.class);

    private final Map<String, String> environment;
    private final List<PlanRule> rules;
    private ValidatorFactory factory;
    private boolean preparing;
    /** Held so that the level set on it stays (the logging system keeps loggers weakly). */
    private java.util.logging.Logger quiet;

    /** A validator that looks up {@code env:} params in planrun's own environment. */
    public PlanValidator() {
        this(System.getenv());
    }

    /** @param environment where {@code env:} params find a value for a required param */
    public PlanValidator(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.rules = List.of(new ConstraintsRule(this::validator), new UniqueStepIdsRule(), new NeedsRule(),
                new CyclesRule(), new ReferencesRule(), new ParamsRule(), new ParamChecksRule(), new ConnectionsRule(),
                new VersionsRule(), new SqlVarsRule(), new DurationsRule(), new RegexRule());
    }

    /**
     * Every problem of the plan, sorted by position.
     *
     * @param suppliedParamsOrNull the param values given so far (String, or List of Strings for
     *                             list params); null: not known, required params are not checked
     */
    public List<Problem> validate(Plan plan, Map<String, Object> suppliedParamsOrNull) {
        return validate(plan, suppliedParamsOrNull, null);
    }

    /**
     * As {@link #validate(Plan, Map)}, with the plan file's text so that problems about a
     * reference point at the reference itself.
     */
    public List<Problem> validate(Plan plan, Map<String, Object> suppliedParamsOrNull, SourceText sourceOrNull) {
        return validate(plan, suppliedParamsOrNull, sourceOrNull, Unloaded.NONE);
    }

    /**
     * As {@link #validate(Plan, Map, SourceText)} for what loaded of a plan file with errors
     * ({@link dev.planrun.load.LoadResult#partial()}): problems that only follow from what did not
     * load are left out.
     */
    public List<Problem> validate(Plan plan, Map<String, Object> suppliedParamsOrNull, SourceText sourceOrNull,
                                  Unloaded unloaded) {
        ValidationContext context = new ValidationContext(suppliedParamsOrNull, environment, sourceOrNull, unloaded);
        List<Problem> out = new ArrayList<>();
        for (PlanRule rule : rules) {
            out.addAll(rule.check(plan, context));
        }
        return out.stream().sorted().distinct().toList();
    }

    /**
     * The problems of the scripts of the plan's sql steps (see {@code SqlScriptsRule}): apart from
     * {@link #validate}, which reads only the plan, because it reads the script files there are now,
     * with the params known now. {@code plan} and {@code apply} find the same with their params.
     */
    public List<Problem> scripts(Plan plan, Map<String, Object> suppliedParamsOrNull, SourceText sourceOrNull) {
        return scripts(plan, suppliedParamsOrNull, sourceOrNull, Unloaded.NONE);
    }

    /** As {@link #scripts(Plan, Map, SourceText)} for what loaded of a plan file with errors. */
    public List<Problem> scripts(Plan plan, Map<String, Object> suppliedParamsOrNull, SourceText sourceOrNull,
                                 Unloaded unloaded) {
        ValidationContext context = new ValidationContext(suppliedParamsOrNull, environment, sourceOrNull, unloaded);
        return new SqlScriptsRule().check(plan, context).stream().sorted().distinct().toList();
    }

    /**
     * Starts building the validator (Hibernate Validator's bootstrap and the model's metadata, a
     * few hundred milliseconds in a fresh process) on a background thread, so that it is ready
     * when loading the plan ends. Optional: {@link #validate} builds it when it is not.
     */
    public void prepareInBackground() {
        synchronized (this) {
            if (factory != null || preparing) {
                return;
            }
            preparing = true;
        }
        Thread thread = new Thread(this::prepare, "planrun-validator-start");
        thread.setDaemon(true);
        thread.start();
    }

    private void prepare() {
        Validator v = validator();
        for (Class<?> type : MODEL) {
            v.getConstraintsForClass(type);
        }
    }

    private synchronized Validator validator() {
        if (factory == null) {
            // its start-up banner is not for planrun's users; warnings still get through
            quiet = java.util.logging.Logger.getLogger("org.hibernate.validator");
            quiet.setLevel(java.util.logging.Level.WARNING);
            factory = jakarta.validation.Validation.byProvider(HibernateValidator.class).configure()
                    .buildValidatorFactory();
        }
        return factory.getValidator();
    }
}
