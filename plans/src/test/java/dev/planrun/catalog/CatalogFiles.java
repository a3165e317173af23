package dev.planrun.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The catalog as files under the plans module: plans, coverage manifests, source documents. */
final class CatalogFiles {

    private final Path plansDir;
    private final YAMLMapper yaml;

    CatalogFiles(Path plansDir) {
        this.plansDir = plansDir.toAbsolutePath().normalize();
        this.yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** The plans module of the build running the tests (surefire sets basedir). */
    static CatalogFiles ofModule() {
        return new CatalogFiles(Path.of(System.getProperty("basedir", "plans")));
    }

    Path plansDir() {
        return plansDir;
    }

    /** Products: directories holding a coverage manifest, sorted. */
    List<String> products() {
        try (Stream<Path> dirs = Files.list(plansDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("sections.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every catalog plan (plans/PRODUCT/FROM-to-TO.yaml), by product then version order. */
    List<CatalogPlan> plans() {
        return products().stream().flatMap(p -> plans(p).stream()).toList();
    }

    List<CatalogPlan> plans(String product) {
        try (Stream<Path> files = Files.list(plansDir.resolve(product))) {
            return files.filter(f -> f.getFileName().toString().matches(".+-to-.+\\.yaml"))
                    .map(this::readPlan)
                    .sorted(Comparator.comparing(CatalogPlan::from, Versions::compare)
                            .thenComparing(CatalogPlan::to, Versions::compare)
                            .thenComparing(CatalogPlan::id))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CoverageManifest manifest(String product) {
        try {
            return yaml.readValue(plansDir.resolve(product).resolve("sections.yaml").toFile(), CoverageManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RstSections sections(CoverageManifest.Document document) {
        try {
            return RstSections.parse(Files.readAllLines(plansDir.resolve(document.file()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CatalogPlan readPlan(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new CatalogPlan(file, text, yaml.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
