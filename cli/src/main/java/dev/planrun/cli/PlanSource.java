package dev.planrun.cli;

import dev.planrun.catalog.CatalogEntry;
import dev.planrun.catalog.CatalogException;
import dev.planrun.catalog.CatalogRoute;
import dev.planrun.catalog.Chainer;
import dev.planrun.interp.ParamInputs;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a command works on: a plan file, or the catalog plans of a product chained from one
 * version to another into one plan ({@code --product P --from V --to V}, DESIGN.md "Chaining").
 */
public final class PlanSource {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The plan file (YAML); or, instead, --product with --from and --to.")
    private Path plan;

    @Option(names = "--product", paramLabel = "PRODUCT",
            description = "Chain the catalog plans of PRODUCT (see 'planrun catalog list') from --from to --to into one plan.")
    private String product;

    @Option(names = "--from", paramLabel = "VERSION",
            description = "With --product: the version installed now, or 'auto' to read it from the product's database.")
    private String from;

    @Option(names = "--to", paramLabel = "VERSION", description = "With --product: the version to upgrade to.")
    private String to;

    /** The plan file given, or null (a catalog chain, or nothing yet). */
    Path file() {
        return plan;
    }

    /**
     * The plan, when it is valid; every problem is printed. With {@code --from auto} the database is
     * read with the params of {@code inputs}, and the chosen start is printed.
     */
    Optional<Plan> read(PlanrunCommand root, ParamInputs inputs, PrintWriter err) {
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            err.println("planrun: " + misuse.get());
            err.flush();
            return Optional.empty();
        }
        if (plan != null) {
            return new PlanFiles(root.validator()).read(plan, err);
        }
        CatalogRoute route;
        try {
            route = new CatalogPlans(root).route(product, from, to, inputs);
        } catch (CatalogException e) {
            err.println("planrun: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
        route.notes().forEach(note -> err.println("planrun: note: " + note));
        if ("auto".equals(from)) {
            err.println("planrun: note: to resume, roll back or look at this run later, give --from " + route.from()
                    + " (the database will have moved on)");
        }
        Plan chained = new Chainer().chain(route.hops().stream().map(CatalogEntry::plan).toList());
        List<Problem> problems = root.validator().validate(chained, null);
        PlanFiles.print(problems, err);
        return Problem.anyError(problems) ? Optional.empty() : Optional.of(chained);
    }

    private Optional<String> misuse() {
        boolean catalog = product != null || from != null || to != null;
        if (plan != null && catalog) {
            return Optional.of("give either a plan file or --product with --from and --to, not both");
        }
        if (plan == null && !catalog) {
            return Optional.of("give a plan file, or --product with --from and --to (see 'planrun catalog list')");
        }
        if (plan == null && (product == null || from == null || to == null)) {
            return Optional.of("a catalog chain needs all three of --product, --from and --to");
        }
        return Optional.empty();
    }
}
