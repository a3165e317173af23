package dev.planrun.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The fields every step type shares.
 *
 * @param needs          ids of steps that must finish first (edges of the graph)
 * @param when           a check; false skips the step (null: always run)
 * @param preconditions  checks that must hold before the step runs
 * @param timeout        null: no timeout
 * @param retries        null: no retries
 * @param rollback       never null; the loader fills the type's default when omitted
 * @param chain          where the step goes when catalog plans are chained
 * @param source         the section of the reference document the step implements
 * @param extensions     the user's own {@code x-} keys, as loaded
 */
public record StepCommon(
        @NotNull @Pattern(regexp = Ids.STEP_ID, message = Ids.STEP_ID_MESSAGE) String id,
        String title,
        List<String> needs,
        @Valid Check when,
        List<@Valid Check> preconditions,
        Duration timeout,
        @Valid Retries retries,
        @NotNull @Valid Rollback rollback,
        boolean continueOnError,
        List<String> tags,
        Chain chain,
        String source,
        Map<String, Object> extensions,
        Position position) implements Located {

    public StepCommon {
        needs = needs == null ? List.of() : List.copyOf(needs);
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        // insertion order kept; an x- key written without a value holds null
        extensions = extensions == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
        chain = chain == null ? Chain.EVERY_HOP : chain;
    }

    /** A copy with another id and needs (chaining prefixes both). */
    public StepCommon withIdAndNeeds(String newId, List<String> newNeeds) {
        return new StepCommon(newId, title, newNeeds, when, preconditions, timeout, retries, rollback,
                continueOnError, tags, chain, source, extensions, position);
    }

    /** A copy with another rollback (interpolation resolves inline rollback bodies). */
    public StepCommon withRollback(Rollback newRollback) {
        return new StepCommon(id, title, needs, when, preconditions, timeout, retries, newRollback,
                continueOnError, tags, chain, source, extensions, position);
    }
}
