package dev.planrun.catalog;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The plans shipped with planrun: every {@code catalog/<product>/*.yaml} resource on the class
 * path (the plans module's jar, or its build directory).
 */
public final class Catalog {

    public static final String ROOT = "catalog";

    private final List<CatalogEntry> entries;
    private final List<Problem> problems;

    public Catalog(List<CatalogEntry> entries, List<Problem> problems) {
        this.entries = entries.stream()
                .sorted(Comparator.comparing(CatalogEntry::product)
                        .thenComparing(CatalogEntry::from, VersionOrder.INSTANCE)
                        .thenComparing(CatalogEntry::to, VersionOrder.INSTANCE)
                        .thenComparing(CatalogEntry::resource))
                .toList();
        this.problems = List.copyOf(problems);
    }

    /** Loads every catalog plan found through the class loader. */
    public static Catalog fromClassPath(ClassLoader loader, PlanLoader planLoader) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        URL root = loader.getResource(ROOT);
        if (root == null) {
            return new Catalog(entries, problems);
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs = null;
                boolean ours = true;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                    ours = false; // someone else opened it: read through theirs, leave it open
                }
                try {
                    collect(fs.getPath("/" + ROOT), planLoader, entries, problems);
                } finally {
                    if (ours) {
                        fs.close();
                    }
                }
            } else {
                collect(Path.of(uri), planLoader, entries, problems);
            }
        } catch (IOException | URISyntaxException e) {
            problems.add(Problem.error(dev.planrun.model.Position.NONE, "cannot read the catalog: " + e.getMessage()));
        }
        return new Catalog(entries, problems);
    }

    private static void collect(Path root, PlanLoader planLoader, List<CatalogEntry> entries, List<Problem> problems)
            throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String resource = ROOT + "/" + root.relativize(file).toString().replace('\\', '/');
                if (resource.endsWith("/sections.yaml")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                LoadResult result = planLoader.load(resource, text, null);
                problems.addAll(result.problems());
                result.plan().ifPresent(p -> entries.add(new CatalogEntry(resource, text, p)));
            }
        }
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Problems loading the catalog (a broken shipped plan is a defect: tests keep this empty). */
    public List<Problem> problems() {
        return problems;
    }

    public List<CatalogEntry> product(String product) {
        return entries.stream().filter(e -> product.equals(e.product())).toList();
    }

    public List<String> products() {
        return List.copyOf(new TreeSet<>(entries.stream().map(CatalogEntry::product).toList()));
    }
}
