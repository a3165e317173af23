package dev.planrun.cli;

import dev.planrun.catalog.Catalog;
import dev.planrun.catalog.CatalogEntry;
import dev.planrun.catalog.CatalogException;
import dev.planrun.catalog.CatalogRoute;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code planrun catalog list|path}: the plans shipped with planrun. */
@Command(name = "catalog", header = "Lists the shipped plans and the chains of hops between versions.",
        description = "Lists the plans shipped with planrun and the chains of hops between versions.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.PathCommand.class})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code planrun catalog list}. */
    @Command(name = "list", description = "Lists every catalog plan: product, from, to, id and title.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Catalog catalog = CatalogPlans.catalog();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-14s %-12s %-8s %-36s %s%n", "PRODUCT", "FROM", "TO", "PLAN", "TITLE");
            for (CatalogEntry e : catalog.entries()) {
                out.printf("%-14s %-12s %-8s %-36s %s%n", e.product(), e.from(), e.to(), e.id(), e.plan().displayName());
            }
            out.flush();
            return CatalogPlans.printProblems(catalog, spec.commandLine().getErr());
        }
    }

    /** {@code planrun catalog path PRODUCT --from V --to V}. */
    @Command(name = "path", description = {"Shows the chain of catalog plans from one version to another.",
            "--from auto reads the version from the product's database (give its params with -p)."})
    static final class PathCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ParentCommand
        private CatalogCommand catalogCommand;

        @Parameters(index = "0", paramLabel = "PRODUCT", description = "e.g. omero-server, omero-web, openrem")
        private String product;

        @Mixin
        private CatalogRange range;

        @Mixin
        private ParamOptions params;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                CatalogRoute route = new CatalogPlans(catalogCommand.root)
                        .route(product, range.from(), range.to(), params.inputs());
                out.printf("%s %s -> %s: %d hop%s%n", route.product(), route.from(), route.to(), route.hops().size(),
                        route.hops().size() == 1 ? "" : "s");
                int n = 1;
                for (CatalogEntry hop : route.hops()) {
                    out.printf("  %2d. %-8s -> %-8s %-36s %s%n", n++, hop.from(), hop.to(), hop.id(), hop.resource());
                }
                route.notes().forEach(note -> out.println("  note: " + note));
                out.flush();
                return ExitCodes.DONE;
            } catch (CatalogException e) {
                spec.commandLine().getErr().println("planrun: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }
}
