package dev.planrun.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A declared parameter.
 *
 * @param defaultValue the default as written (a String, or a List of Strings for {@code list}); null when none
 * @param env          an environment variable that supplies the value when none is given
 * @param choices      allowed values (empty: any)
 */
public record ParamSpec(
        @NotNull @Pattern(regexp = Ids.PARAM_NAME, message = Ids.PARAM_NAME_MESSAGE) String name,
        @NotNull ParamType type,
        Object defaultValue,
        boolean required,
        String description,
        String env,
        List<String> choices,
        Position position) implements Located {

    public ParamSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean secret() {
        return type == ParamType.SECRET;
    }
}
