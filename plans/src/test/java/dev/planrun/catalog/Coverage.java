package dev.planrun.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which steps and checks of a product's plans implement each section of its documents: the steps
 * whose {@code source} names the section, plus the steps and preconditions the manifest lists.
 */
final class Coverage {

    /** A section of a document. */
    record Section(String document, String name) {
    }

    /** One plan's step (or precondition) implementing a section. */
    record Cover(String planId, String item, boolean precondition) {
    }

    private final CoverageManifest manifest;
    private final Map<Section, List<Cover>> covers = new LinkedHashMap<>();

    Coverage(CoverageManifest manifest, List<CatalogPlan> plans) {
        this.manifest = manifest;
        for (CatalogPlan plan : plans) {
            plan.steps().forEach(step -> {
                Section section = resolve(plan, step.path("source").asText());
                if (section != null) {
                    add(section, new Cover(plan.id(), step.path("id").asText(), false));
                }
            });
        }
        for (CoverageManifest.Document doc : manifest.documents()) {
            for (CoverageManifest.Section s : doc.sections()) {
                Section section = new Section(doc.key(), s.section());
                for (CatalogPlan plan : plans) {
                    s.listedSteps().stream().filter(plan.stepIds()::contains)
                            .forEach(id -> add(section, new Cover(plan.id(), id, false)));
                    s.listedPreconditions().stream().filter(plan.preconditionIds()::contains)
                            .forEach(id -> add(section, new Cover(plan.id(), id, true)));
                }
            }
        }
    }

    /**
     * The section a step's source names: "KEY#Section" in document KEY, or "Section" in the
     * document the plan's reference points at. Null when the document is unknown.
     */
    Section resolve(CatalogPlan plan, String source) {
        int hash = source.indexOf('#');
        if (hash > 0 && manifest.document(source.substring(0, hash)) != null) {
            return new Section(source.substring(0, hash), source.substring(hash + 1));
        }
        CoverageManifest.Document primary = manifest.documentAt(plan.reference());
        return primary == null ? null : new Section(primary.key(), source);
    }

    List<Cover> covers(String document, String section) {
        return covers.getOrDefault(new Section(document, section), List.of());
    }

    private void add(Section section, Cover cover) {
        List<Cover> list = covers.computeIfAbsent(section, k -> new ArrayList<>());
        if (!list.contains(cover)) {
            list.add(cover);
        }
    }
}
