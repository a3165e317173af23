package dev.planrun.validate;

import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.load.Unloaded;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and validates plans in one call: the problems of both stages, sorted by position. When
 * the file has loading errors, the plan-wide rules still judge what loaded ({@link
 * LoadResult#partial()}), leaving out what only follows from what did not load, so that one pass
 * shows every problem; the plan is in the result only when it loaded whole, and {@link
 * LoadResult#ok()} says whether it has no error.
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
        if (loaded.plan().isEmpty() && loaded.partial().isEmpty()) {
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
        if (loaded.plan().isEmpty() && loaded.partial().isEmpty()) {
            return loaded;
        }
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return validated(loaded, suppliedParamsOrNull, new SourceText(displayName, clean));
    }

    private LoadResult validated(LoadResult loaded, Map<String, Object> supplied, SourceText source) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.plan().isPresent()) {
            problems.addAll(rules(loaded.plan().get(), supplied, source, Unloaded.NONE));
            return new LoadResult(loaded.plan(), problems);
        }
        LoadResult.Partial partial = loaded.partial().orElseThrow();
        try {
            problems.addAll(rules(partial.plan(), supplied, source, partial.unloaded()));
        } catch (RuntimeException e) {
            // a rule tripped over what a broken file left out: its loading problems still stand, and
            // fixing them brings the rest
        }
        return new LoadResult(Optional.empty(), problems);
    }

    private List<Problem> rules(Plan plan, Map<String, Object> supplied, SourceText source, Unloaded unloaded) {
        List<Problem> out = new ArrayList<>(validator.validate(plan, supplied, source, unloaded));
        if (readScripts) {
            out.addAll(validator.scripts(plan, supplied, source, unloaded));
        }
        return out;
    }
}
