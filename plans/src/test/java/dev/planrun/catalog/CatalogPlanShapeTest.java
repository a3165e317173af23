package dev.planrun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog's plans have the shape catalog plans need: fields, ids, params, references. */
class CatalogPlanShapeTest {

    static final Map<String, String> OMERO_SERVER_PARAMS = orderedMap(
            "server_dir", "path", "release_archive", "path", "release_dir", "path", "data_dir", "path",
            "venv", "path", "db_host", "string", "db_port", "int", "db_name", "string", "db_user", "string",
            "db_password", "secret", "backup_dir", "path", "pip_find_links", "string");
    private static final Set<String> BUILT_INS = Set.of("plan.dir", "run.dir", "run.id");
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");
    private static final Set<String> TYPES = Set.of("string", "int", "bool", "path", "secret", "list");

    private final CatalogFiles files = CatalogFiles.ofModule();

    /** The comment that gives editors the schema, by a path from the plan's directory that resolves in the repository. */
    @Test
    void everyPlanStartsWithTheSchemaCommentNamingTheShippedSchema() {
        Path schema = Path.of("../engine/src/main/resources/dev/planrun/schema/plan-v1.json").toAbsolutePath().normalize();
        files.plans().forEach(p -> {
            String first = p.text().lines().findFirst().orElse("");
            assertThat(first).as(p.file().toString()).startsWith("# yaml-language-server: $schema=");
            Path named = p.file().toAbsolutePath().getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
            assertThat(named).as(p.file().toString()).isEqualTo(schema).isRegularFile();
        });
    }

    @Test
    void idsAreUniqueAndNamedAfterTheirFiles() {
        Set<String> ids = new HashSet<>();
        for (CatalogPlan plan : files.plans()) {
            assertThat(ids.add(plan.id())).as("duplicate id " + plan.id()).isTrue();
            String stem = plan.file().getFileName().toString().replaceFirst("\\.yaml$", "");
            assertThat(plan.id()).isEqualTo(plan.product() + "-" + stem);
            assertThat(plan.file().getParent().getFileName().toString()).isEqualTo(plan.product());
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void everyPlanHasTheCatalogFields() {
        for (CatalogPlan plan : files.plans()) {
            JsonNode t = plan.tree();
            assertThat(t.path("planrun").asInt()).as(plan.id()).isEqualTo(1);
            for (String field : List.of("id", "title", "product", "from", "to", "description", "reference")) {
                assertThat(t.path(field).asText()).as(plan.id() + " " + field).isNotBlank();
            }
            assertThat(plan.reference()).startsWith("https://");
            assertThat(plan.steps()).as(plan.id()).isNotEmpty();
            for (String name : plan.paramNames()) {
                JsonNode spec = plan.param(name);
                assertThat(spec.path("type").asText()).as(plan.id() + " param " + name).isIn(TYPES);
                assertThat(spec.path("description").asText()).as(plan.id() + " param " + name).isNotBlank();
                if (spec.has("choices")) {
                    assertThat(spec.path("choices").toString()).contains("\"" + spec.path("default").asText() + "\"");
                }
            }
        }
    }

    @Test
    void stepIdsAreUniqueAndNeedOnlyEarlierSteps() {
        for (CatalogPlan plan : files.plans()) {
            List<String> seen = new ArrayList<>();
            for (JsonNode step : plan.steps()) {
                String id = step.path("id").asText();
                assertThat(seen).as(plan.id()).doesNotContain(id);
                step.path("needs").forEach(n -> assertThat(seen).as(plan.id() + " " + id + " needs").contains(n.asText()));
                seen.add(id);
                assertThat(step.path("chain").asText("once-first")).as(plan.id() + " " + id).isIn("once-first", "once-last");
            }
        }
    }

    @Test
    void everyInterpolationNamesAParamOrABuiltIn() {
        List<String> problems = new ArrayList<>();
        for (CatalogPlan plan : files.plans()) {
            Matcher m = REFERENCE.matcher(plan.text());
            while (m.find()) {
                String name = m.group(1);
                if (!plan.paramNames().contains(name) && !BUILT_INS.contains(name) && !name.matches("env:[A-Za-z_][A-Za-z0-9_]*")) {
                    problems.add(plan.id() + ": ${" + name + "}");
                }
            }
            plan.tree().findValues("param").forEach(p -> {
                if (!plan.paramNames().contains(p.asText())) {
                    problems.add(plan.id() + ": condition on unknown param " + p.asText());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void omeroServerHopsDeclareTheCommonParameters() {
        for (CatalogPlan plan : files.plans("omero-server")) {
            Map<String, String> declared = new LinkedHashMap<>();
            plan.paramNames().forEach(n -> declared.put(n, plan.param(n).path("type").asText()));
            assertThat(declared).as(plan.id()).containsAllEntriesOf(OMERO_SERVER_PARAMS);
            assertThat(plan.paramNames().subList(0, OMERO_SERVER_PARAMS.size())).as(plan.id())
                    .containsExactlyElementsOf(OMERO_SERVER_PARAMS.keySet());
        }
    }

    @Test
    void paramsBeyondTheCommonOnesHaveDefaults() {
        for (CatalogPlan plan : files.plans()) {
            for (String name : plan.paramNames()) {
                JsonNode spec = plan.param(name);
                boolean common = plan.product().equals("omero-server") && OMERO_SERVER_PARAMS.containsKey(name);
                if (!common) {
                    assertThat(spec.has("default")).as(plan.id() + " param " + name + " needs a default").isTrue();
                }
            }
        }
    }

    @Test
    void paramsOfOneNameAgreeAcrossAProductsPlans() {
        for (String product : files.products()) {
            Map<String, JsonNode> first = new HashMap<>();
            Map<String, String> firstPlan = new HashMap<>();
            for (CatalogPlan plan : files.plans(product)) {
                for (String name : plan.paramNames()) {
                    JsonNode spec = plan.param(name);
                    first.putIfAbsent(name, spec);
                    firstPlan.putIfAbsent(name, plan.id());
                    assertThat(spec).as(name + " in " + plan.id() + " differs from " + firstPlan.get(name))
                            .isEqualTo(first.get(name));
                }
            }
        }
    }

    static Map<String, String> orderedMap(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
