package dev.planrun.exec.configset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * YAML and JSON files, through a Jackson tree: keys keep their order; {@code a.b.c} is a nested
 * key (unless the top level has the dotted key itself). The value is read as YAML when it is a
 * number, boolean, null or a flow collection ({@code [..]}, {@code {..}}), and as a string
 * otherwise or when the key holds a string now. Comments in YAML files are not kept.
 */
final class TreeFormat implements TextFormat {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final boolean yaml;

    private TreeFormat(boolean yaml) {
        this.yaml = yaml;
    }

    static TreeFormat yaml() {
        return new TreeFormat(true);
    }

    static TreeFormat json() {
        return new TreeFormat(false);
    }

    @Override
    public Optional<String> read(String text, ConfigSetStep step) throws IOException {
        ObjectNode root = parse(text);
        List<String> path = path(root, step.key());
        JsonNode node = root;
        for (String name : path) {
            node = node == null || !node.isObject() ? null : node.get(name);
        }
        return node == null ? Optional.empty() : Optional.of(node.isTextual() ? node.asText() : node.toString());
    }

    @Override
    public String edit(String text, ConfigSetStep step) throws IOException {
        ObjectNode root = parse(text);
        List<String> path = path(root, step.key());
        ObjectNode parent = root;
        for (String name : path.subList(0, path.size() - 1)) {
            JsonNode child = parent.get(name);
            if (child == null && !step.unset()) {
                child = parent.putObject(name);
            }
            if (child == null) {
                return text;
            }
            if (!child.isObject()) {
                throw new IOException(step.key() + ": " + name + " is not a mapping in " + step.file());
            }
            parent = (ObjectNode) child;
        }
        String leaf = path.get(path.size() - 1);
        JsonNode old = parent.get(leaf);
        if (step.unset()) {
            if (old == null) {
                return text;
            }
            parent.remove(leaf);
        } else {
            JsonNode value = value(step.value(), old);
            if (value.equals(old)) {
                return text;
            }
            parent.set(leaf, value);
        }
        return write(root);
    }

    private ObjectNode parse(String text) throws IOException {
        if (text.isBlank()) {
            return (yaml ? YAML : JSON).createObjectNode();
        }
        JsonNode root = (yaml ? YAML : JSON).readTree(text);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return (yaml ? YAML : JSON).createObjectNode();
        }
        if (!root.isObject()) {
            throw new IOException("the top level is not a mapping");
        }
        return (ObjectNode) root;
    }

    private static List<String> path(ObjectNode root, String key) {
        return root.has(key) ? List.of(key) : Arrays.asList(key.split("\\."));
    }

    private static JsonNode value(String text, JsonNode old) {
        if (old != null && old.isTextual()) {
            return TextNode.valueOf(text);
        }
        try {
            JsonNode parsed = YAML.readTree(text);
            if (parsed != null && (parsed.isNumber() || parsed.isBoolean() || parsed.isNull()
                    || text.strip().startsWith("[") || text.strip().startsWith("{"))) {
                return parsed;
            }
        } catch (JsonProcessingException notYaml) {
            // a plain string
        }
        return TextNode.valueOf(text);
    }

    private String write(ObjectNode root) throws JsonProcessingException {
        if (yaml) {
            return YAML.writeValueAsString(root);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return JSON.writer(printer).writeValueAsString(root) + "\n";
    }
}
