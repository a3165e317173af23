package dev.planrun.load;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads plan files (format version 1) into the model. Every problem carries
 * {@code file:line:column} and says what was expected; all of a file's problems are found in one
 * pass. A plan is returned only when the file has no error: never a partial plan. What of a file
 * with errors did load is in {@link LoadResult#partial()}, for validation to judge alone.
 *
 * <p>Hostile input is refused with a problem, never an exception or a hang: files over
 * {@link #MAX_FILE_BYTES}, invalid UTF-8, nesting deeper than {@link #MAX_DEPTH}, YAML aliases
 * (so no alias bomb can expand), several YAML documents in one file.
 *
 * <p>Build one loader and reuse it; it holds no state between loads and is safe to share.
 */
public final class PlanLoader {

    /** The largest plan file read: 16 MiB (a 10,000-step plan is about 1 MB, 100,000 steps about 10 MB). */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The deepest nesting of mappings and lists read (real plans stay under 12). */
    public static final int MAX_DEPTH = 64;

    private final YamlTreeReader reader;

    public PlanLoader() {
        LoaderOptions options = new LoaderOptions();
        // the tree reader refuses aliases outright; these limits stand guard should anything compose
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_FILE_BYTES + 1);
        this.reader = new YamlTreeReader(YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build(), MAX_DEPTH);
    }

    /**
     * Loads a plan file. Problems point at {@code file} as given (e.g. {@code plans/x.yaml:12:5}).
     */
    public LoadResult load(Path file) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        String text = PlanText.read(file, name, MAX_FILE_BYTES, problems);
        if (text == null) {
            return new LoadResult(Optional.empty(), problems);
        }
        return parse(name, text, file, problems);
    }

    /**
     * Loads a plan from text (a plan shipped in a jar, or embedded in a reviewed file).
     *
     * @param displayName   the name problems point at, e.g. {@code catalog/omero-server/5.3-to-5.4.yaml}
     * @param baseDirOrNull the directory {@code ${plan.dir}} stands for; null: none (the plan's
     *                      {@link Plan#source()} is then null)
     */
    public LoadResult load(String displayName, String text, Path baseDirOrNull) {
        List<Problem> problems = new ArrayList<>();
        if (text.length() > MAX_FILE_BYTES) {
            problems.add(PlanText.tooLarge(Position.of(displayName, 0, 0), text.length(), MAX_FILE_BYTES));
            return new LoadResult(Optional.empty(), problems);
        }
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Path source = baseDirOrNull == null ? null : baseDirOrNull.resolve(fileName(displayName));
        return parse(displayName, clean, source, problems);
    }

    private LoadResult parse(String name, String text, Path source, List<Problem> problems) {
        YamlNode root = reader.read(name, text, problems);
        if (root == null) {
            return new LoadResult(Optional.empty(), problems);
        }
        Problems binding = new Problems();
        Optional<Plan> plan;
        try {
            plan = new PlanBinder(binding).bind(root, source);
        } catch (RuntimeException e) {
            // a fault of planrun, not of the plan: still a message, not a stack trace
            binding.error(Position.of(name, 0, 0), "planrun could not read this plan (internal error: "
                    + e.getClass().getSimpleName() + "); please report it with the plan file");
            plan = Optional.empty();
        }
        problems.addAll(binding.list());
        if (!Problem.anyError(problems)) {
            return new LoadResult(plan, problems);
        }
        return new LoadResult(Optional.empty(), problems,
                plan.map(p -> new LoadResult.Partial(p, binding.unloaded())));
    }

    private static String fileName(String displayName) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        String name = displayName.substring(slash + 1);
        return name.isEmpty() ? "plan.yaml" : name;
    }
}
