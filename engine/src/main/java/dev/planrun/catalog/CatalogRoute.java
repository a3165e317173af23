package dev.planrun.catalog;

import dev.planrun.model.Check;
import dev.planrun.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hops chosen to take a product from one version to another, and why each was chosen.
 *
 * <p>Where two plans connect the same versions (OMERO 5.3 to 5.4 from a 5.3.0-5.3.3 or a 5.3.4+
 * database), the first hop takes the variant whose preconditions hold on the system (when it can
 * be asked); any other hop takes the canonical one, named {@code <from>-to-<to>.yaml}, because the
 * previous hop produced the state that plan expects.
 *
 * @param hops  the chosen plans, in order
 * @param notes one line per decision worth showing in the review
 */
public record CatalogRoute(String product, String from, String to, List<CatalogEntry> hops, List<String> notes) {

    /** The id of the catalog precondition that names the database version a plan starts from. */
    public static final String DB_VERSION_CHECK = "db-version";

    /**
     * @param firstHopHolds tells whether a variant's preconditions hold now (null: cannot ask)
     */
    public static CatalogRoute find(Catalog catalog, String product, String from, String to,
                                    Predicate<CatalogEntry> firstHopHolds) throws CatalogException {
        List<CatalogEntry> plans = catalog.product(product);
        if (plans.isEmpty()) {
            throw new CatalogException("no catalog plans for product '" + product + "'; products: "
                    + String.join(", ", catalog.products()));
        }
        var path = HopPath.find(plans, from, to).orElseThrow(() -> new CatalogException(
                "no chain of " + product + " plans goes from " + from + " to " + to + "; versions in the catalog: "
                        + String.join(", ", versions(plans))));
        List<CatalogEntry> hops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            List<CatalogEntry> alternatives = path.get(i);
            hops.add(i == 0 && firstHopHolds != null && alternatives.size() > 1
                    ? chooseByState(alternatives, firstHopHolds, notes)
                    : canonical(alternatives, notes));
        }
        return new CatalogRoute(product, from, to, List.copyOf(hops), List.copyOf(notes));
    }

    private static CatalogEntry chooseByState(List<CatalogEntry> alternatives, Predicate<CatalogEntry> holds,
                                              List<String> notes) throws CatalogException {
        List<CatalogEntry> matching = alternatives.stream().filter(holds).toList();
        if (matching.size() != 1) {
            throw new CatalogException("cannot tell which of " + ids(alternatives) + " applies: "
                    + (matching.isEmpty() ? "the preconditions of none hold" : "the preconditions of several hold")
                    + "; check the database version, or run one plan file directly");
        }
        notes.add("chose " + matching.get(0).id() + " of " + ids(alternatives) + ": its preconditions hold");
        return matching.get(0);
    }

    private static CatalogEntry canonical(List<CatalogEntry> alternatives, List<String> notes) {
        CatalogEntry first = alternatives.get(0);
        if (alternatives.size() == 1) {
            return first;
        }
        String name = first.from() + "-to-" + first.to() + ".yaml";
        CatalogEntry chosen = alternatives.stream().filter(e -> e.resource().endsWith("/" + name)).findFirst()
                .orElse(first);
        notes.add("chose " + chosen.id() + " of " + ids(alternatives) + ": the previous hop leads to it");
        return chosen;
    }

    /**
     * The product version to start from, given the database version the system reports: the
     * lowest {@code from} among plans whose {@value #DB_VERSION_CHECK} precondition expects it and
     * from which {@code to} can be reached.
     */
    public static Optional<String> startFromDatabase(Catalog catalog, String product, String dbVersion, String to) {
        List<CatalogEntry> plans = catalog.product(product);
        return plans.stream()
                .filter(startsAt(dbVersion))
                .map(CatalogEntry::from)
                .distinct()
                .sorted(VersionOrder.INSTANCE)
                .filter(from -> HopPath.find(plans, from, to).isPresent())
                .findFirst();
    }

    /** The query of a product's database-version precondition (the same in every hop). */
    public static Optional<Check.SqlCheck> databaseVersionCheck(Catalog catalog, String product) {
        return catalog.product(product).stream().flatMap(e -> e.plan().preconditions().stream())
                .filter(c -> c instanceof Check.SqlCheck && DB_VERSION_CHECK.equals(c.meta().id()))
                .map(c -> (Check.SqlCheck) c).findFirst();
    }

    /** Holds for plans whose {@value #DB_VERSION_CHECK} precondition expects this database version. */
    public static Predicate<CatalogEntry> startsAt(String dbVersion) {
        return e -> dbVersion.equals(expectedDbVersion(e.plan()).orElse(null));
    }

    /** The database version a plan's {@value #DB_VERSION_CHECK} precondition expects, if it has one. */
    public static Optional<String> expectedDbVersion(Plan plan) {
        return plan.preconditions().stream()
                .filter(c -> c instanceof Check.SqlCheck && DB_VERSION_CHECK.equals(c.meta().id()))
                .map(c -> ((Check.SqlCheck) c).expect())
                .filter(e -> e != null && e.equals() != null)
                .map(e -> e.equals()).findFirst();
    }

    private static String ids(List<CatalogEntry> entries) {
        return String.join(", ", entries.stream().map(CatalogEntry::id).toList());
    }

    private static List<String> versions(List<CatalogEntry> plans) {
        var all = new java.util.TreeSet<>(VersionOrder.INSTANCE);
        plans.forEach(p -> {
            all.add(p.from());
            all.add(p.to());
        });
        return List.copyOf(all);
    }
}
