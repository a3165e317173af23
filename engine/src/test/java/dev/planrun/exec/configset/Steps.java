package dev.planrun.exec.configset;

import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConfigSetStep.Format;
import dev.planrun.testkit.TestSteps;

/** config-set steps for tests. */
final class Steps {

    private Steps() {
    }

    static ConfigSetStep set(Format format, String file, String key, String value) {
        return new ConfigSetStep(TestSteps.common("config"), format, file, null, null, key, value, false, null);
    }

    static ConfigSetStep unset(Format format, String file, String key) {
        return new ConfigSetStep(TestSteps.common("config"), format, file, null, null, key, null, true, null);
    }

    static ConfigSetStep ini(String file, String section, String key, String value) {
        return new ConfigSetStep(TestSteps.common("config"), Format.INI, file, null, section, key, value, value == null,
                null);
    }

    static ConfigSetStep python(String file, String key, String value, String after) {
        return new ConfigSetStep(TestSteps.common("config"), Format.PYTHON, file, null, null, key, value, value == null,
                after);
    }

    static ConfigSetStep omero(String omero, String key, String value) {
        return new ConfigSetStep(TestSteps.common("config"), Format.OMERO, null, omero, null, key, value, value == null,
                null);
    }
}
