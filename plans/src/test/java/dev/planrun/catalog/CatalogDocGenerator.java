package dev.planrun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes docs/catalog.md: every catalog plan with its steps and the document sections they
 * implement, then every document section with what covers it. Run from the repository root with
 * the plans module's test classpath, or through CatalogDocTest with -Dcatalog.write=true.
 */
public final class CatalogDocGenerator {

    static final String REGENERATE = "mvn -q -B -o verify -pl plans -am -Dtest=CatalogDocTest -Dcatalog.write=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false";

    private final CatalogFiles files;

    CatalogDocGenerator(CatalogFiles files) {
        this.files = files;
    }

    public static void main(String[] args) throws IOException {
        Path plans = Path.of(args.length > 0 ? args[0] : "plans");
        Path out = plans.toAbsolutePath().getParent().resolve("docs").resolve("catalog.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new CatalogDocGenerator(new CatalogFiles(plans)).render(), StandardCharsets.UTF_8);
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Plan catalog\n\n")
                .append("<!-- Generated from plans/ by dev.planrun.catalog.CatalogDocGenerator: do not edit. -->\n\n")
                .append("Every plan the catalog ships, the steps it runs and the section of the reference document each\n")
                .append("step implements, then, for every source document, what implements each of its sections.\n")
                .append("Regenerate with `").append(REGENERATE).append("`.\n");
        for (String product : files.products()) {
            List<CatalogPlan> plans = files.plans(product);
            CoverageManifest manifest = files.manifest(product);
            Coverage coverage = new Coverage(manifest, plans);
            md.append("\n## ").append(product).append("\n\n| plan | from | to | title |\n|---|---|---|---|\n");
            plans.forEach(p -> md.append(row(code(p.id()), p.from(), p.to(), p.title())));
            md.append(params(plans));
            plans.forEach(p -> md.append(plan(p, coverage)));
            md.append("\n### Document coverage (").append(product).append(")\n");
            manifest.documents().forEach(d -> md.append(document(d, coverage)));
        }
        return md.toString();
    }

    private String params(List<CatalogPlan> plans) {
        Map<String, List<CatalogPlan>> byName = new LinkedHashMap<>();
        plans.forEach(p -> p.paramNames().forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(p)));
        StringBuilder md = new StringBuilder("\n### Parameters\n\n| param | type | default | description | plans |\n|---|---|---|---|---|\n");
        byName.forEach((name, in) -> {
            JsonNode spec = in.get(0).param(name);
            String def = spec.has("default") ? code(spec.get("default").toString()) : spec.path("required").asBoolean() ? "required" : "";
            String where = in.size() == plans.size() ? "all" : in.stream().map(CatalogPlan::shortId).collect(Collectors.joining(", "));
            md.append(row(code(name), spec.path("type").asText(), def, spec.path("description").asText(), where));
        });
        return md.toString();
    }

    private String plan(CatalogPlan plan, Coverage coverage) {
        StringBuilder md = new StringBuilder("\n### ").append(plan.id()).append("\n\n**").append(plan.title())
                .append("**, from ").append(plan.from()).append(" to ").append(plan.to())
                .append(". Reference: <").append(plan.reference()).append(">\n\n")
                .append(plan.tree().path("description").asText().strip()).append("\n\n");
        List<String> checks = new ArrayList<>();
        plan.tree().path("preconditions").forEach(c -> checks.add(code(c.path("id").asText())));
        md.append("Preconditions: ").append(String.join(", ", checks)).append(".\n\n")
                .append("| # | step | type | chain | implements |\n|---|---|---|---|---|\n");
        int n = 1;
        for (JsonNode step : plan.steps()) {
            Coverage.Section s = coverage.resolve(plan, step.path("source").asText());
            String title = step.path("title").asText(step.path("id").asText());
            md.append(row(String.valueOf(n++), code(step.path("id").asText()) + " " + title, step.path("type").asText(),
                    step.path("chain").asText("every hop"), s == null ? "" : s.document() + ": " + s.name()));
        }
        return md.toString();
    }

    private String document(CoverageManifest.Document doc, Coverage coverage) {
        StringBuilder md = new StringBuilder("\n#### ").append(doc.title()).append(" (").append(doc.key()).append(")\n\n")
                .append(doc.url() == null ? "" : "<" + doc.url() + ">\n\n")
                .append("| section | instruction | implemented by |\n|---|---|---|\n");
        for (CoverageManifest.Section s : doc.sections()) {
            String what = s.isActionable() ? s.instruction() : "(not an action) " + s.why();
            md.append(row(s.section(), what, implementedBy(coverage.covers(doc.key(), s.section()))));
        }
        return md.toString();
    }

    private static String implementedBy(List<Coverage.Cover> covers) {
        Map<String, List<String>> plansByItem = new LinkedHashMap<>();
        for (Coverage.Cover c : covers) {
            String item = (c.precondition() ? "precondition " : "") + code(c.item());
            plansByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(c.planId());
        }
        return plansByItem.entrySet().stream()
                .map(e -> e.getKey() + " in " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String row(String... cells) {
        List<String> clean = new ArrayList<>();
        for (String c : cells) {
            clean.add(c.replace("\n", " ").replace("|", "\\|").strip());
        }
        return "| " + String.join(" | ", clean) + " |\n";
    }
}
