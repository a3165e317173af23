package dev.planrun.validate;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads and validates plans in one call: the problems of both stages, sorted by position. A
 * plan that does not load is not validated (its problems are the loading ones); the plan is in
 * the result whenever it loaded, and {@link LoadResult#ok()} says whether it has no error.
 */
public final class Validation {

    private final PlanLoader loader;
    private final PlanValidator validator;
    private final boolean readScripts;

    public Validation() {
        this(new PlanLoader(), new PlanValidator());
    }

    public Validation(PlanLoader loader, PlanValidator validator) {
        this(loader, validator, false);
    }

    private Validation(PlanLoader loader, PlanValidator validator, boolean readScripts) {
        this.loader = loader;
        this.validator = validator;
        this.readScripts = readScripts;
    }

    /**
     * The same validation that also reads the scripts of sql steps (see
     * {@link PlanValidator#scripts}): what {@code planrun validate} does.
     */
    public Validation readingScripts() {
        return new Validation(loader, validator, true);
    }

    public LoadResult of(Path file) {
        return of(file, null);
    }

    /** @param suppliedParamsOrNull see {@link PlanValidator#validate(Plan, Map)} */
    public LoadResult of(Path file, Map<String, Object> suppliedParamsOrNull) {
        validator.prepareInBackground();
        LoadResult loaded = loader.load(file);
        if (loaded.plan().isEmpty()) {
            return loaded;
        }
        SourceText source;
        try {
            source = new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            source = null; // read a moment ago; without it problems point at steps instead of references
        }
        return validated(loaded, suppliedParamsOrNull, source);
    }

    /** A plan given as text (from a jar, a reviewed file); see {@link PlanLoader#load(String, String, Path)}. */
    public LoadResult of(String displayName, String text, Path baseDirOrNull, Map<String, Object> suppliedParamsOrNull) {
        validator.prepareInBackground();
        LoadResult loaded = loader.load(displayName, text, baseDirOrNull);
        if (loaded.plan().isEmpty()) {
            return loaded;
        }
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return validated(loaded, suppliedParamsOrNull, new SourceText(displayName, clean));
    }

    private LoadResult validated(LoadResult loaded, Map<String, Object> supplied, SourceText source) {
        Plan plan = loaded.plan().orElseThrow();
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(validator.validate(plan, supplied, source));
        if (readScripts) {
            problems.addAll(validator.scripts(plan, supplied, source));
        }
        return new LoadResult(loaded.plan(), problems);
    }
}
