package dev.planrun.load;

import dev.planrun.load.YamlNode.Entry;
import dev.planrun.load.YamlNode.Mapping;
import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own {@code x-} keys of a mapping, as plain Java values: strings (numbers as written),
 * booleans, null, lists and maps in the order written.
 */
final class Extensions {

    private Extensions() {
    }

    static Map<String, Object> of(Mapping map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : map.entries().values()) {
            if (e.key().startsWith(MapFields.EXTENSION_PREFIX)) {
                out.put(e.key(), plain(e.value()));
            }
        }
        return out;
    }

    private static Object plain(YamlNode n) {
        if (n instanceof Mapping m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().values().forEach(e -> out.put(e.key(), plain(e.value())));
            return Collections.unmodifiableMap(out);
        }
        if (n instanceof Sequence s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(plain(i)));
            return Collections.unmodifiableList(out);
        }
        Scalar s = (Scalar) n;
        switch (s.kind()) {
            case NULL:
                return null;
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return s.text();
        }
    }
}
