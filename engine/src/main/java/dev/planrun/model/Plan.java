package dev.planrun.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded plan file, format version 1.
 *
 * @param source     the file it was read from ({@code null} for plans built in memory)
 * @param params     declared parameters in declaration order
 * @param connections named PostgreSQL connections in declaration order
 */
public record Plan(
        int formatVersion,
        @NotNull @Pattern(regexp = Ids.PLAN_ID, message = Ids.PLAN_ID_MESSAGE) String id,
        String title,
        @Pattern(regexp = Ids.PLAN_ID, message = Ids.PLAN_ID_MESSAGE) String product,
        String from,
        String to,
        String description,
        String reference,
        @NotNull OnFailure onFailure,
        Map<String, @Valid ParamSpec> params,
        Map<String, @Valid ConnectionSpec> connections,
        List<@Valid Check> preconditions,
        @NotEmpty(message = "a plan needs at least one step") List<@Valid Step> steps,
        Path source,
        Position position) implements Located {

    public Plan {
        params = ordered(params);
        connections = ordered(connections);
        preconditions = List.copyOf(preconditions);
        steps = List.copyOf(steps);
    }

    /** The directory of the plan file, for {@code ${plan.dir}}. */
    public Path directory() {
        return source == null ? Path.of("").toAbsolutePath() : source.toAbsolutePath().getParent();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A human name: the title when there is one, else the id. */
    public String displayName() {
        return title == null || title.isBlank() ? id : title;
    }
}
