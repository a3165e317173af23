package dev.planrun.model;

import java.util.List;
import java.util.Map;

/**
 * Runs a program: {@code run} is an argv (no shell in between), {@code script} runs under
 * {@code bash -euo pipefail}. Exactly one of them is set.
 *
 * @param creates skip the step when this path exists
 */
public record ShellStep(
        StepCommon common,
        List<String> run,
        String script,
        String cwd,
        Map<String, String> env,
        List<Integer> successCodes,
        String creates,
        String expectOutput) implements Step {

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
