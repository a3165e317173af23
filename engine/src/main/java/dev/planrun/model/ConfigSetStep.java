package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Sets or unsets one configuration key.
 *
 * @param file    the configuration file (all formats but {@code omero})
 * @param omero   the path of {@code bin/omero} whose {@code config get/set} is used ({@code omero} format)
 * @param section the ini section
 * @param value   the new value; for {@code python} a Python expression
 * @param unset   remove the key instead of setting it
 * @param after   python format: place a new line after this key
 */
public record ConfigSetStep(
        @jakarta.validation.Valid StepCommon common,
        @NotNull Format format,
        String file,
        String omero,
        String section,
        @NotBlank(message = "a config-set step needs a key") String key,
        String value,
        boolean unset,
        String after) implements Step {

    /** Configuration file formats. */
    public enum Format {
        OMERO, PROPERTIES, INI, PYTHON, YAML, JSON
    }

    @Override
    public String type() {
        return "config-set";
    }

    @Override
    public Step withCommon(StepCommon c) {
        return new ConfigSetStep(c, format, file, omero, section, key, value, unset, after);
    }
}
