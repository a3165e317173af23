package dev.planrun.interp;

import dev.planrun.interp.ParamConverter.Converted;
import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.problem.DidYouMean;
import dev.planrun.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed values for a plan's params, strongest source first: {@code -p}, {@code --params-file},
 * the param's {@code env:} variable, its {@code default:}. An optional param with none of these
 * is empty. Defaults may use {@code ${other_param}}, {@code ${env:NAME}}, {@code ${plan.dir}} and
 * the run builtins the resolver was given. A relative {@code path} is made absolute against
 * where it was written: the working directory ({@code -p}, environment), the params file's
 * directory, the plan's directory (defaults).
 */
public final class ParamResolver {

    /** Placeholders a review shows for the builtins only a run knows. */
    public static final Map<String, String> REVIEW_RUN_BUILTINS = Map.of("run.dir", "<run.dir>", "run.id", "<run.id>");

    private final Map<String, String> environment;
    private final Map<String, String> runBuiltins;
    private final Path workingDirectory;
    private final ParamConverter converter = new ParamConverter();

    /**
     * @param environment      for {@code env:} params and {@code ${env:NAME}}
     * @param runBuiltins      {@code run.dir} and {@code run.id} when known (a run), placeholders for a review
     * @param workingDirectory base of relative paths given with {@code -p} or the environment
     */
    public ParamResolver(Map<String, String> environment, Map<String, String> runBuiltins, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.runBuiltins = Map.copyOf(runBuiltins);
        this.workingDirectory = workingDirectory;
    }

    /** A resolver for reviews: the process's environment and directory, run builtins as placeholders. */
    public static ParamResolver forReview(Map<String, String> environment) {
        return new ParamResolver(environment, REVIEW_RUN_BUILTINS, Path.of("").toAbsolutePath());
    }

    public ResolvedParams resolve(Plan plan, ParamInputs inputs) {
        return new Resolution(plan, inputs).run();
    }

    /** The state of one resolution. */
    private final class Resolution {
        private final Plan plan;
        private final ParamInputs inputs;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Object> values = new HashMap<>();
        private final Map<String, ParamSource> sources = new HashMap<>();
        private final Set<String> pendingDefaults = new LinkedHashSet<>();
        private final Set<String> visiting = new LinkedHashSet<>();
        private final Map<String, String> builtins = new HashMap<>(runBuiltins);

        Resolution(Plan plan, ParamInputs inputs) {
            this.plan = plan;
            this.inputs = inputs;
            builtins.put("plan.dir", plan.directory().toString());
        }

        ResolvedParams run() {
            Map<String, ParamSpec> specs = plan.params();
            inputs.cli().keySet().stream().filter(name -> !specs.containsKey(name)).forEach(name ->
                    problems.add(Problem.error(Position.NONE, name.isBlank()
                            ? "-p '" + name + "=...': a parameter name is missing before '='; give -p NAME=VALUE"
                            : "-p " + name + ": the plan has no parameter '" + name + "'"
                            + DidYouMean.suffix(name, specs.keySet()))));
            Map<String, ParamsFile.Raw> fromFile = new LinkedHashMap<>();
            Path fileDir = null;
            if (inputs.paramsFile() != null) {
                ParamsFile.Content content = ParamsFile.read(inputs.paramsFile());
                problems.addAll(content.problems());
                fromFile.putAll(content.values());
                fileDir = inputs.paramsFile().toAbsolutePath().getParent();
                fromFile.forEach((name, raw) -> {
                    if (!specs.containsKey(name)) {
                        problems.add(Problem.warning(raw.position(), "'" + name + "' is not a parameter of this plan"
                                + " (ignored)" + DidYouMean.suffix(name, specs.keySet())));
                    }
                });
            }
            for (ParamSpec spec : specs.values()) {
                String name = spec.name();
                ParamsFile.Raw raw = fromFile.get(name);
                if (inputs.cli().containsKey(name)) {
                    take(spec, ParamSource.CLI, converter.convert(spec, inputs.cli().get(name), null, workingDirectory),
                            Position.NONE, "-p " + name);
                } else if (raw != null) {
                    take(spec, ParamSource.FILE, converter.convert(spec, raw.text(), raw.items(), fileDir),
                            raw.position(), "'" + name + "'");
                } else if (spec.env() != null && environment.containsKey(spec.env())) {
                    take(spec, ParamSource.ENV, converter.convert(spec, environment.get(spec.env()), null,
                            workingDirectory), Position.NONE, "environment variable " + spec.env() + " for '" + name + "'");
                } else if (spec.defaultValue() != null) {
                    pendingDefaults.add(name);
                } else {
                    if (spec.required()) {
                        problems.add(Problem.error(spec.position(), "parameter '" + name + "' is required: give -p "
                                + name + "=VALUE or put it in a --params-file"
                                + (spec.env() == null ? "" : ", or set " + spec.env())));
                    }
                    empty(spec, ParamSource.NONE);
                }
            }
            for (String name : new ArrayList<>(pendingDefaults)) {
                resolveDefault(specs.get(name));
            }
            return result();
        }

        private void take(ParamSpec spec, ParamSource source, Converted converted, Position where, String what) {
            if (converted.failed()) {
                problems.add(Problem.error(where, what + ": " + converted.error()));
                empty(spec, source);
            } else {
                values.put(spec.name(), converted.value());
                sources.put(spec.name(), source);
            }
        }

        private void empty(ParamSpec spec, ParamSource source) {
            values.put(spec.name(), spec.type() == ParamType.LIST ? List.of() : "");
            sources.put(spec.name(), source);
        }

        private void resolveDefault(ParamSpec spec) {
            if (!pendingDefaults.contains(spec.name())) {
                return;
            }
            if (!visiting.add(spec.name())) {
                List<String> loop = new ArrayList<>(visiting.stream().dropWhile(n -> !n.equals(spec.name())).toList());
                loop.add(spec.name());
                problems.add(Problem.error(spec.position(), "the defaults of these parameters use each other: "
                        + String.join(" -> ", loop)));
                pendingDefaults.remove(spec.name());
                empty(spec, ParamSource.DEFAULT);
                return;
            }
            Object written = spec.defaultValue();
            List<String> texts = written instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(written));
            for (String text : texts) {
                for (Reference ref : Reference.scan(text)) {
                    if (ref.name() != null && plan.params().containsKey(ref.name())) {
                        resolveDefault(plan.params().get(ref.name()));
                    }
                }
            }
            visiting.remove(spec.name());
            if (!pendingDefaults.remove(spec.name())) {
                return; // reported as part of a loop while its references were resolved
            }
            Interpolator in = new Interpolator(new Scope(values, environment, builtins, Set.of()));
            try {
                Converted converted = written instanceof List<?>
                        ? converter.convert(spec, null, in.list(texts), plan.directory())
                        : converter.convert(spec, in.text(texts.get(0)), null, plan.directory());
                take(spec, ParamSource.DEFAULT, converted, spec.position(), "default of '" + spec.name() + "'");
            } catch (UnresolvedReferenceException e) {
                problems.add(Problem.error(spec.position(), "default of '" + spec.name() + "': " + e.getMessage()));
                empty(spec, ParamSource.DEFAULT);
            }
        }

        private ResolvedParams result() {
            Set<String> secrets = new HashSet<>();
            plan.params().values().stream().filter(ParamSpec::secret)
                    .forEach(s -> secrets.add(String.valueOf(values.get(s.name()))));
            secrets.remove("");
            Scope scope = new Scope(values, environment, builtins, secrets);
            Masker masker = scope.masker();
            List<ResolvedParam> shown = new ArrayList<>();
            for (ParamSpec spec : plan.params().values()) {
                Object value = values.get(spec.name());
                String display = spec.secret() ? Masker.MASK
                        : value instanceof List<?> l ? "[" + String.join(", ", Scope.asList(l)) + "]"
                        : masker.mask((String) value);
                shown.add(new ResolvedParam(spec.name(), spec.type(), display, sources.get(spec.name())));
            }
            return new ResolvedParams(scope, shown, problems);
        }
    }
}
