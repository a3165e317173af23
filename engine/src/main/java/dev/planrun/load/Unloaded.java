package dev.planrun.load;

import dev.planrun.model.Position;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a plan file with errors holds but did not load: the steps, params and connections left
 * out, and every field the loader already reported. Validating the rest of the plan asks it to
 * tell "missing" from "written but broken", so that a problem is never only an echo of a loading
 * error ({@code needs: [b]} when step b is there but broken is not "no step b").
 */
public final class Unloaded {

    /** Nothing is unloaded: a plan that loaded without error. */
    public static final Unloaded NONE = new Unloaded();

    /** A field of the record at {@code owner}, by the key the plan file writes it under. */
    private record Field(Position owner, String key) {
    }

    private final Map<String, Position> steps = new LinkedHashMap<>();
    private final Set<String> params = new HashSet<>();
    private final Set<String> connections = new HashSet<>();
    private final Set<Field> fields = new HashSet<>();
    private boolean unnamedStep;
    private boolean allParams;
    private boolean allConnections;

    /** Ids of the steps left out, with where each is written, in the order written. */
    public Map<String, Position> steps() {
        return Collections.unmodifiableMap(steps);
    }

    /** True when a step of this id may be written in the file: left out, or a step whose id did not load. */
    public boolean step(String id) {
        return unnamedStep || steps.containsKey(id);
    }

    /** True when a param of this name may be written in the file but did not load. */
    public boolean param(String name) {
        return allParams || params.contains(name);
    }

    /** True when a connection of this name may be written in the file but did not load. */
    public boolean connection(String name) {
        return allConnections || connections.contains(name);
    }

    /** True when some connection (or the whole section) did not load. */
    public boolean anyConnection() {
        return allConnections || !connections.isEmpty();
    }

    /**
     * True when the loader reported the field written under {@code key} of the record at
     * {@code owner} (a step, check, param, connection, the plan): its value, if any, is not to be
     * judged again.
     */
    public boolean field(Position owner, String key) {
        return fields.contains(new Field(owner, key));
    }

    public boolean isEmpty() {
        return steps.isEmpty() && params.isEmpty() && connections.isEmpty() && fields.isEmpty() && !unnamedStep
                && !allParams && !allConnections;
    }

    void recordStep(String idOrNull, Position at) {
        if (idOrNull == null) {
            unnamedStep = true;
        } else {
            steps.putIfAbsent(idOrNull, at);
        }
    }

    void recordParam(String name) {
        params.add(name);
    }

    void recordConnection(String name) {
        connections.add(name);
    }

    void recordSection(String key) {
        if (key.equals("params")) {
            allParams = true;
        } else if (key.equals("connections")) {
            allConnections = true;
        }
    }

    void recordField(Position owner, String key) {
        fields.add(new Field(owner, key));
    }
}
