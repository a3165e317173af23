package dev.planrun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every catalog step cites a real section of its documents, and every actionable section is covered. */
class CatalogSourceTest {

    private final CatalogFiles files = CatalogFiles.ofModule();

    @Test
    void everyStepCitesASectionOfItsDocuments() {
        List<String> problems = new ArrayList<>();
        for (String product : files.products()) {
            CoverageManifest manifest = files.manifest(product);
            Coverage coverage = new Coverage(manifest, files.plans(product));
            for (CatalogPlan plan : files.plans(product)) {
                for (var step : plan.steps()) {
                    String where = plan.id() + " step " + step.path("id").asText();
                    String source = step.path("source").asText();
                    Coverage.Section section = coverage.resolve(plan, source);
                    if (source.isBlank()) {
                        problems.add(where + ": no source");
                    } else if (section == null) {
                        problems.add(where + ": no document for source '" + source + "'");
                    } else if (!files.sections(manifest.document(section.document())).names().contains(section.name())) {
                        problems.add(where + ": '" + section.name() + "' is not a section of " + section.document());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPlanReferencesADocumentOfItsManifest() {
        for (CatalogPlan plan : files.plans()) {
            assertThat(files.manifest(plan.product()).documentAt(plan.reference()))
                    .as(plan.id() + " reference " + plan.reference()).isNotNull();
        }
    }

    @Test
    void manifestsListEverySectionOfTheirDocumentsInOrder() {
        for (String product : files.products()) {
            for (CoverageManifest.Document doc : files.manifest(product).documents()) {
                List<String> listed = doc.sections().stream().map(CoverageManifest.Section::section).toList();
                assertThat(listed).as(product + " manifest for " + doc.file()).isEqualTo(files.sections(doc).names());
            }
        }
    }

    @Test
    void everyActionableSectionIsImplementedAndEveryOtherSaysWhy() {
        List<String> problems = new ArrayList<>();
        for (String product : files.products()) {
            CoverageManifest manifest = files.manifest(product);
            Coverage coverage = new Coverage(manifest, files.plans(product));
            for (CoverageManifest.Document doc : manifest.documents()) {
                for (CoverageManifest.Section s : doc.sections()) {
                    String where = doc.key() + ": " + s.section();
                    if (s.isActionable() && coverage.covers(doc.key(), s.section()).isEmpty()) {
                        problems.add(where + ": actionable but no step or precondition implements it");
                    }
                    if (s.isActionable() && (s.instruction() == null || s.instruction().isBlank())) {
                        problems.add(where + ": actionable but its instruction is not summarised");
                    }
                    if (!s.isActionable() && (s.why() == null || s.why().isBlank())) {
                        problems.add(where + ": not actionable but no reason given");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stepsAndPreconditionsListedInManifestsExist() {
        List<String> problems = new ArrayList<>();
        for (String product : files.products()) {
            List<CatalogPlan> plans = files.plans(product);
            for (CoverageManifest.Document doc : files.manifest(product).documents()) {
                for (CoverageManifest.Section s : doc.sections()) {
                    s.listedSteps().stream().filter(id -> plans.stream().noneMatch(p -> p.stepIds().contains(id)))
                            .forEach(id -> problems.add(doc.key() + ": " + s.section() + ": no step " + id));
                    s.listedPreconditions().stream()
                            .filter(id -> plans.stream().noneMatch(p -> p.preconditionIds().contains(id)))
                            .forEach(id -> problems.add(doc.key() + ": " + s.section() + ": no precondition " + id));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void sectionNamesFollowTheDocumentsHeadings() {
        RstSections sections = RstSections.parse(List.of(
                "Title", "=====", "", "Aaa", "---", "", "Update", "^^^^^^", "", "B", "---", "", "Update", "^^^^^^",
                "    indented", "    --------", "x", "-", "Other", "^^^^^"));
        assertThat(sections.names()).containsExactly("Title", "Aaa", "Aaa > Update", "B", "B > Update", "Other");
    }
}
