package dev.planrun.cli;

import dev.planrun.interp.ParamInputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code -p NAME=VALUE} and {@code --params-file FILE}, shared by the commands that resolve params. */
public final class ParamOptions {

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"A parameter value; repeat for several. A list: a,b,c or [a, \"b,c\"]."})
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--params-file", paramLabel = "FILE",
            description = "A JSON or YAML object of parameter values; names the plan does not declare are warnings.")
    private Path paramsFile;

    /** The values as given, {@code -p} over the file. */
    public ParamInputs inputs() {
        return new ParamInputs(params, paramsFile);
    }
}
