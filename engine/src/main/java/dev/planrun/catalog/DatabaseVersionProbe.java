package dev.planrun.catalog;

import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.CheckResult;
import dev.planrun.check.DriverConnector;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.StepResolver;
import dev.planrun.model.Check;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Plan;
import dev.planrun.process.CommonsExecProcessRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the version a product's database is at ({@code --from auto}), with the product's own
 * {@value CatalogRoute#DB_VERSION_CHECK} query, read-only, through the connection its plans declare
 * and the parameters the operator gave.
 */
public final class DatabaseVersionProbe {

    private final Map<String, String> environment;
    private final Path workingDirectory;

    public DatabaseVersionProbe(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    /** The plan with only the params its connections use, so that nothing else is required. */
    private static Plan connectionOnly(Plan plan) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (ConnectionSpec c : plan.connections().values()) {
            for (String text : java.util.Arrays.asList(c.url(), c.user(), c.password())) {
                dev.planrun.interp.Reference.scan(text).forEach(r -> used.add(r.name()));
            }
        }
        Map<String, dev.planrun.model.ParamSpec> params = new LinkedHashMap<>();
        plan.params().forEach((name, spec) -> {
            if (used.contains(name)) {
                params.put(name, spec);
            }
        });
        return new Plan(plan.formatVersion(), plan.id(), plan.title(), plan.product(), plan.from(), plan.to(),
                plan.description(), plan.reference(), plan.onFailure(), params, plan.connections(),
                java.util.List.of(), plan.steps(), plan.source(), plan.position());
    }

    /** The database version, e.g. {@code OMERO5.3__1}. */
    public String read(Catalog catalog, String product, ParamInputs inputs) throws CatalogException {
        Check.SqlCheck check = CatalogRoute.databaseVersionCheck(catalog, product).orElseThrow(() ->
                new CatalogException("the " + product + " plans have no '" + CatalogRoute.DB_VERSION_CHECK
                        + "' precondition, so --from auto cannot read the version; give --from VERSION"));
        Plan plan = connectionOnly(catalog.product(product).stream().map(CatalogEntry::plan)
                .filter(p -> p.connections().containsKey(check.connection())).findFirst().orElseThrow());
        ResolvedParams params = new ParamResolver(environment, ParamResolver.REVIEW_RUN_BUILTINS, workingDirectory)
                .resolve(plan, inputs);
        if (!params.ok()) {
            throw new CatalogException("cannot resolve the parameters needed to read the database version: "
                    + params.problems().get(0).message());
        }
        StepResolver resolver = new StepResolver(params.scope());
        Map<String, ConnectionSpec> connections = new LinkedHashMap<>();
        plan.connections().forEach((name, spec) -> connections.put(name, resolver.connection(spec)));
        CheckContext context = CheckContext.of(params.scope(), new DriverConnector(connections),
                new CommonsExecProcessRunner(environment), plan.directory());
        // whether it holds does not matter here: what it observed is the version
        CheckResult result = new CheckEvaluator().evaluate(resolver.check(check), context);
        if (result.observed() == null || result.observed().isBlank()) {
            throw new CatalogException("cannot read the " + product + " database version: " + result.subject() + ": " + result.detail());
        }
        return result.observed().trim();
    }
}
