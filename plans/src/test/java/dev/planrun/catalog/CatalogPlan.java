package dev.planrun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** One catalog plan file: its text and its YAML tree. */
record CatalogPlan(Path file, String text, JsonNode tree) {

    String id() {
        return tree.path("id").asText();
    }

    /** The id without its product prefix, e.g. 5.3-to-5.4. */
    String shortId() {
        return id().substring(product().length() + 1);
    }

    String product() {
        return tree.path("product").asText();
    }

    String title() {
        return tree.path("title").asText();
    }

    String from() {
        return tree.path("from").asText();
    }

    String to() {
        return tree.path("to").asText();
    }

    String reference() {
        return tree.path("reference").asText();
    }

    List<JsonNode> steps() {
        return StreamSupport.stream(tree.path("steps").spliterator(), false).toList();
    }

    List<String> stepIds() {
        return steps().stream().map(s -> s.path("id").asText()).toList();
    }

    /** Param names in declaration order. */
    List<String> paramNames() {
        List<String> names = new ArrayList<>();
        tree.path("params").fieldNames().forEachRemaining(names::add);
        return names;
    }

    JsonNode param(String name) {
        return tree.path("params").path(name);
    }

    /** Ids of the plan's preconditions and of every step's preconditions. */
    Set<String> preconditionIds() {
        Set<String> ids = new LinkedHashSet<>();
        tree.path("preconditions").forEach(c -> ids.add(c.path("id").asText()));
        steps().forEach(s -> s.path("preconditions").forEach(c -> ids.add(c.path("id").asText())));
        ids.remove("");
        return ids;
    }

    /** The plan-level precondition with this id (missing node when none). */
    JsonNode precondition(String id) {
        for (JsonNode c : tree.path("preconditions")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
