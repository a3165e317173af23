package dev.planrun.load;

import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while binding one plan file, and what each left unloaded; binding goes on
 * after each one.
 */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final Unloaded unloaded = new Unloaded();

    void error(Position position, String message) {
        list.add(Problem.error(position, message));
    }

    boolean hasErrors() {
        return Problem.anyError(list);
    }

    int size() {
        return list.size();
    }

    List<Problem> list() {
        return list;
    }

    /** What the problems left out of the plan (see {@link Unloaded}). */
    Unloaded unloaded() {
        return unloaded;
    }
}
