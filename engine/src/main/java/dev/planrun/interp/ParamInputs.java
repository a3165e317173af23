package dev.planrun.interp;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameter values as a person gave them.
 *
 * @param cli        {@code -p name=value}, in the order given (an undeclared name is an error)
 * @param paramsFile {@code --params-file}, a JSON or YAML object (undeclared keys are warnings); null: none
 */
public record ParamInputs(Map<String, String> cli, Path paramsFile) {

    public static final ParamInputs NONE = new ParamInputs(Map.of(), null);

    public ParamInputs {
        cli = cli == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cli));
    }
}
