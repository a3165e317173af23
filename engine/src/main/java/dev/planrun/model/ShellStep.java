package dev.planrun.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Runs a program: {@code run} is an argv (no shell in between), {@code script} runs under
 * {@code bash -euo pipefail}. Exactly one of them is set.
 *
 * @param creates skip the step when this path exists
 */
public record ShellStep(
        @jakarta.validation.Valid StepCommon common,
        @Size(min = 1, message = "'run' needs at least the program to start") List<@NotNull String> run,
        String script,
        String cwd,
        Map<String, String> env,
        List<@NotNull @Min(value = 0, message = EXIT_CODES) @Max(value = 255, message = EXIT_CODES) Integer> successCodes,
        String creates,
        String expectOutput) implements Step {

    private static final String EXIT_CODES = "'success-codes' holds exit codes from 0 to 255";

    public ShellStep {
        run = run == null ? null : List.copyOf(run);
        env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        successCodes = successCodes == null || successCodes.isEmpty() ? List.of(0) : List.copyOf(successCodes);
    }

    @Override
    public String type() {
        return "shell";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new ShellStep(c, run, script, cwd, env, successCodes, creates, expectOutput);
    }
}
