package dev.planrun.cli;

import dev.planrun.catalog.Catalog;
import dev.planrun.catalog.CatalogException;
import dev.planrun.catalog.CatalogRoute;
import dev.planrun.catalog.DatabaseVersionProbe;
import dev.planrun.interp.ParamInputs;
import dev.planrun.load.PlanLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The shipped catalog for the commands, and routes through it ({@code --from auto} included). */
final class CatalogPlans {

    private final PlanrunCommand root;

    CatalogPlans(PlanrunCommand root) {
        this.root = root;
    }

    static Catalog catalog() {
        return Catalog.fromClassPath(CatalogPlans.class.getClassLoader(), new PlanLoader());
    }

    /** Prints the catalog's own problems (a defect of the shipped plans): exit 2 when there are any. */
    static int printProblems(Catalog catalog, PrintWriter err) {
        PlanFiles.print(catalog.problems(), err);
        return catalog.problems().isEmpty() ? ExitCodes.DONE : ExitCodes.USAGE;
    }

    /** The hops from {@code from} (a version, or {@code auto}) to {@code to}, with notes. */
    CatalogRoute route(String product, String from, String to, ParamInputs inputs) throws CatalogException {
        Catalog catalog = catalog();
        if (!"auto".equals(from)) {
            return CatalogRoute.find(catalog, product, from, to, null);
        }
        String dbVersion = new DatabaseVersionProbe(root.environment(), root.workingDirectory())
                .read(catalog, product, inputs);
        String start = CatalogRoute.startFromDatabase(catalog, product, dbVersion, to).orElseThrow(() ->
                new CatalogException("the " + product + " database is at " + dbVersion
                        + " and no catalog plan starts there on the way to " + to));
        CatalogRoute route = CatalogRoute.find(catalog, product, start, to, CatalogRoute.startsAt(dbVersion));
        List<String> notes = new ArrayList<>();
        notes.add("--from auto: the database is at " + dbVersion + ", so the chain starts at " + start);
        notes.addAll(route.notes());
        return new CatalogRoute(route.product(), route.from(), route.to(), route.hops(), notes);
    }
}
