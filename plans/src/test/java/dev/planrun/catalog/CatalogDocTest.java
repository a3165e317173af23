package dev.planrun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogDocTest {

    private final CatalogFiles files = CatalogFiles.ofModule();
    private final Path committed = files.plansDir().getParent().resolve("docs").resolve("catalog.md");

    @Test
    void docsCatalogIsGeneratedFromThePlans() throws IOException {
        String generated = new CatalogDocGenerator(files).render();
        if (Boolean.getBoolean("catalog.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("docs/catalog.md is out of date; regenerate it with: " + CatalogDocGenerator.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyPlanAndEveryDocumentSectionIsListed() {
        String generated = new CatalogDocGenerator(files).render();
        files.plans().forEach(p -> assertThat(generated).contains("### " + p.id() + "\n"));
        for (String product : files.products()) {
            files.manifest(product).documents().forEach(d -> d.sections()
                    .forEach(s -> assertThat(generated).contains("| " + s.section().replace("|", "\\|") + " |")));
        }
    }
}
