package dev.planrun.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.model.Chain;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamType;
import dev.planrun.model.SqlStep;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Schema names exactly the keys and words the loader reads, so editors and planrun agree. */
class SchemaMatchesLoaderTest {

    private final JsonNode schema = read();
    private final JsonNode defs = schema.get("$defs");

    private static JsonNode read() {
        try (InputStream in = SchemaMatchesLoaderTest.class.getResourceAsStream("/dev/planrun/schema/plan-v1.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> keys(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> words(JsonNode enumNode) {
        List<String> out = new ArrayList<>();
        enumNode.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(MapFields::word).toList();
    }

    @Test
    void planParamConnectionAndStepKeys() {
        assertThat(keys(schema.get("properties"))).containsExactlyElementsOf(PlanBinder.KEYS);
        assertThat(keys(defs.get("param").get("properties"))).containsExactlyElementsOf(PlanBinder.PARAM_KEYS);
        assertThat(keys(defs.get("connection").get("properties"))).containsExactlyElementsOf(PlanBinder.CONNECTION_KEYS);
        assertThat(keys(defs.get("stepCommon").get("properties"))).containsExactlyElementsOf(StepBinder.COMMON);
        assertThat(keys(defs.get("inlineCommon").get("properties"))).containsExactlyElementsOf(StepBinder.INLINE_COMMON);
        Map<String, String> names = Map.of("sql", "sql", "shell", "shell", "file-copy", "fileCopy", "pip", "pip",
                "config-set", "configSet", "manual", "manual");
        assertThat(words(defs.get("step").get("properties").get("type").get("enum")))
                .containsExactlyElementsOf(StepBodies.KEYS.keySet());
        StepBodies.KEYS.forEach((type, fields) ->
                assertThat(keys(defs.get(names.get(type) + "Fields").get("properties"))).as(type).containsExactlyElementsOf(fields));
    }

    @Test
    void checkKindsMetaAndExpectations() {
        assertThat(defs.get("check").get("oneOf")).hasSize(CheckBinder.KINDS.size());
        for (String kind : CheckBinder.KINDS) {
            JsonNode props = defs.get(kind + "Check").get("properties");
            List<String> expected = new ArrayList<>(CheckBinder.META);
            expected.remove("expect");
            expected.add(kind);
            if (!List.of("all", "any", "not").contains(kind)) {
                expected.add("expect");
                JsonNode expect = defs.get(kind + "Expect");
                JsonNode mapping = expect.has("oneOf") ? expect.get("oneOf").get(1) : expect;
                assertThat(keys(mapping.get("properties"))).as(kind).containsExactlyElementsOf(CheckBinder.expectKeys(kind));
            }
            assertThat(keys(props)).as(kind).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void wordsOfEveryClosedSet() {
        JsonNode props = schema.get("properties");
        assertThat(words(props.get("on-failure").get("enum"))).isEqualTo(words(OnFailure.class));
        assertThat(words(defs.get("stepCommon").get("properties").get("chain").get("enum"))).isEqualTo(words(Chain.class));
        assertThat(words(defs.get("param").get("properties").get("type").get("enum"))).isEqualTo(words(ParamType.class));
        JsonNode sql = defs.get("sqlFields").get("properties");
        assertThat(words(sql.get("transaction").get("enum"))).isEqualTo(words(SqlStep.Transaction.class));
        assertThat(words(sql.get("client").get("enum"))).isEqualTo(words(SqlStep.SqlClient.class));
        JsonNode copy = defs.get("fileCopyFields").get("properties");
        assertThat(words(copy.get("mode").get("enum"))).isEqualTo(words(FileCopyStep.Mode.class));
        assertThat(words(copy.get("overwrite").get("enum"))).containsAll(words(FileCopyStep.Overwrite.class));
        assertThat(words(defs.get("configSetFields").get("properties").get("format").get("enum")))
                .isEqualTo(words(ConfigSetStep.Format.class));
        assertThat(words(defs.get("sqlCheck").get("properties").get("on-fail").get("enum")))
                .isEqualTo(words(CheckMeta.OnFail.class));
    }
}
