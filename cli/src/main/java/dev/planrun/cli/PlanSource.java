package dev.planrun.cli;

import dev.planrun.catalog.CatalogEntry;
import dev.planrun.catalog.CatalogException;
import dev.planrun.catalog.CatalogRoute;
import dev.planrun.catalog.Chainer;
import dev.planrun.interp.ParamInputs;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.reviewed.ReviewedPlan;
import dev.planrun.reviewed.ReviewedPlanBuilder;
import dev.planrun.reviewed.ReviewedPlanFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a command works on: a plan file, or the catalog plans of a product chained from one
 * version to another into one plan ({@code --product P --from V --to V}; see docs/catalog.md).
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

    /** The catalog route of the last {@link #read} of a chain (null for a plan file). */
    private CatalogRoute route;

    /** The plan file given, or null (a catalog chain, or nothing yet). */
    Path file() {
        return plan;
    }

    /**
     * The file given when it is a reviewed file ({@code "format": "planrun-reviewed/1"}) and no
     * catalog option is given with it: {@code apply} verifies and applies it.
     */
    Optional<Path> reviewedFile(PlanrunCommand root) {
        if (plan == null || product != null || from != null || to != null) {
            return Optional.empty();
        }
        Path file = root.workingDirectory().resolve(plan);
        return new ReviewedPlanFile().isReviewedPlan(file) ? Optional.of(file) : Optional.empty();
    }

    /** The texts the last {@link #read} plan came from, as a reviewed file keeps them. */
    List<ReviewedPlan.PlanText> texts(PlanrunCommand root) throws IOException {
        if (route == null) {
            Path file = root.workingDirectory().resolve(plan).toAbsolutePath().normalize();
            return List.of(ReviewedPlanBuilder.text(file.toString(), null, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return route.hops().stream().map(h -> ReviewedPlanBuilder.text(null, h.resource(), h.text())).toList();
    }

    /** The catalog selection of the last {@link #read} (null for a plan file). */
    ReviewedPlan.ChainSelection chain() {
        return route == null ? null : new ReviewedPlan.ChainSelection(product, route.from(), route.to(),
                route.hops().stream().map(CatalogEntry::resource).toList());
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
