package dev.planrun.examples.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The fake programs shipped as resources, with their {@code @NAME@} placeholders filled in. */
final class SimResources {

    private SimResources() {
    }

    static String fill(String resource, Map<String, String> values) {
        String text = read(resource);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("@" + e.getKey() + "@", e.getValue());
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = SimResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
