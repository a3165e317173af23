package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * Installs Python packages with pip into an interpreter ({@code python}) or a virtualenv
 * ({@code venv}), exactly one of them set; or, with {@code uninstall}, removes them.
 *
 * @param findLinks left out (with {@code noIndex}) when it resolves to an empty string
 * @param uninstall {@code packages} are removed ({@code pip uninstall -y}); the sources are then
 *                  where a rollback reinstalls them from
 */
public record PipStep(
        @jakarta.validation.Valid StepCommon common,
        String python,
        String venv,
        @NotEmpty(message = "a pip step needs at least one package") List<@NotBlank(message = "a package requirement must not be blank") String> packages,
        boolean upgrade,
        String indexUrl,
        String findLinks,
        boolean noIndex,
        boolean uninstall) implements Step {

    public PipStep {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    @Override
    public String type() {
        return "pip";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new PipStep(c, python, venv, packages, upgrade, indexUrl, findLinks, noIndex, uninstall);
    }
}
