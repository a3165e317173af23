package dev.planrun.catalog;

import java.util.List;

/**
 * A product's plans/&lt;product&gt;/sections.yaml: every section of the source documents, whether it
 * asks for an action, and the steps or preconditions that implement it besides the steps whose
 * {@code source} names it.
 */
record CoverageManifest(String product, List<Document> documents) {

    record Document(String key, String title, String file, String url, List<Section> sections) {
    }

    record Section(String section, Boolean actionable, String instruction, String why, List<String> steps,
                   List<String> preconditions) {

        boolean isActionable() {
            return actionable == null || actionable;
        }

        List<String> listedSteps() {
            return steps == null ? List.of() : steps;
        }

        List<String> listedPreconditions() {
            return preconditions == null ? List.of() : preconditions;
        }
    }

    Document document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
    }

    /** The document a plan's reference URL names, or null. */
    Document documentAt(String url) {
        return documents.stream().filter(d -> url != null && url.equals(d.url())).findFirst().orElse(null);
    }
}
