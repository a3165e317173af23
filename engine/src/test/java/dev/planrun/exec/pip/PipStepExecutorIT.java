package dev.planrun.exec.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.PipStep;
import dev.planrun.testkit.StepHarness;
import dev.planrun.testkit.TestStepContext;
import dev.planrun.testkit.TestSteps;
import dev.planrun.testkit.TestVenv;
import dev.planrun.testkit.Wheels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One virtualenv for the class (creating one takes seconds), reset to {@code alpha 1.0} before each test. */
class PipStepExecutorIT {

    @TempDir
    static Path shared;
    @TempDir
    Path runs;
    private static TestVenv venv;
    private static Path wheels;
    private StepHarness<PipStep> harness;

    @BeforeAll
    static void createVenvAndWheels() throws IOException {
        wheels = shared.resolve("wheels");
        Wheels.build(wheels, "alpha", "1.0");
        Wheels.build(wheels, "alpha", "2.0", "beta>=1.0");
        Wheels.build(wheels, "beta", "1.0");
        venv = TestVenv.create(shared.resolve("venv"));
    }

    @BeforeEach
    void setUp() throws IOException {
        venv.reset();
        venv.install(wheels, "alpha==1.0");
        harness = new StepHarness<>(new PipStepExecutor(), runs, venv::state)
                .configuringContexts(context -> context.withEnvironment(TestVenv.ISOLATED_PIP));
    }

    @Test
    void preview_shows_what_would_change_and_changes_nothing() {
        StepPreview preview = harness.previewChangesNothing(upgrade("alpha"));

        assertThat(preview.warnings()).isEmpty();
        assertThat(preview.details()).containsExactly(
                "command: " + venv.python() + " -m pip install --upgrade --find-links " + wheels + " --no-index alpha",
                "alpha 1.0 -> 2.0", "beta (new) 1.0 (dependency)");
    }

    @Test
    void upgrade_then_rollback_reinstalls_the_old_version_and_removes_what_was_added() throws Exception {
        harness.rollbackRestores(upgrade("alpha"));

        assertThat(venv.pipList()).contains("{\"name\": \"alpha\", \"version\": \"1.0\"}").doesNotContain("beta");
    }

    @Test
    void applying_again_changes_nothing_and_says_so() throws Exception {
        StepOutcome first = harness.apply(upgrade("alpha"));
        StepOutcome again = harness.applyTwiceChangesNothingMore(upgrade("alpha"));

        assertThat(first.summary()).isEqualTo("alpha 1.0 -> 2.0, beta (new) 1.0");
        assertThat(again.skipped()).isTrue();
    }

    @Test
    void the_interpreter_can_be_given_instead_of_the_venv() throws Exception {
        PipStep step = new PipStep(TestSteps.common("pip"), venv.python(), null, List.of("beta==1.0"), false, null,
                wheels.toString(), true, false);

        assertThat(harness.apply(step).summary()).isEqualTo("beta (new) 1.0");
    }

    @Test
    void an_empty_find_links_leaves_the_sources_to_pip_configuration() throws Exception {
        PipStep step = new PipStep(TestSteps.common("pip"), null, venv.dir().toString(), List.of("beta"), false, null,
                "", true, false);
        TestStepContext context = harness.newContext(step).withEnvironment(Map.of("PIP_FIND_LINKS", wheels.toString()));

        assertThat(harness.previewChangesNothing(step, context).details().get(0))
                .isEqualTo("command: " + venv.python() + " -m pip install beta");
        assertThat(harness.apply(step, context).summary()).isEqualTo("beta (new) 1.0");
    }

    @Test
    void a_failed_install_reports_pips_reason_and_changes_nothing() {
        Object before = harness.state();

        assertThatThrownBy(() -> harness.apply(upgrade("gamma"))).isInstanceOf(StepFailedException.class)
                .hasMessageStartingWith("pip install exited with code 1: ")
                .hasMessageContaining("gamma");
        assertThat(harness.state()).isEqualTo(before);
    }

    @Test
    void index_credentials_and_secrets_are_masked() {
        PipStep step = new PipStep(TestSteps.common("pip"), null, venv.dir().toString(), List.of("alpha"), true,
                "https://deploy:t0ken@pypi.example.org/simple", null, true, false);
        TestStepContext context = harness.newContext(step).withSecrets("t0ken");

        StepPreview preview = harness.previewChangesNothing(step, context);

        assertThat(String.join("\n", preview.details()) + preview.warnings()).doesNotContain("t0ken").doesNotContain("deploy:");
        assertThat(preview.details().get(0)).contains("--index-url https://******@pypi.example.org/simple --no-index alpha");
    }

    @Test
    void uninstall_preview_names_what_would_be_removed_from_pip_list_and_changes_nothing() {
        StepPreview preview = harness.previewChangesNothing(uninstall("alpha", "beta"));

        assertThat(preview.summary()).isEqualTo("pip uninstall alpha beta from " + venv.python());
        assertThat(preview.warnings()).isEmpty();
        assertThat(preview.details()).containsExactly(
                "command: " + venv.python() + " -m pip uninstall -y alpha beta",
                "alpha 1.0 (removed)", "beta is not installed: nothing to remove");
    }

    @Test
    void uninstall_removes_the_package_and_names_those_not_installed() throws Exception {
        StepOutcome outcome = harness.apply(uninstall("alpha", "beta"));

        assertThat(outcome.summary()).isEqualTo("alpha 1.0 (removed); not installed: beta");
        assertThat(venv.pipList()).doesNotContain("alpha");
    }

    @Test
    void uninstall_then_rollback_reinstalls_the_exact_version_removed() throws Exception {
        // alpha 2.0 is among the wheels too: the rollback must put back 1.0, not the newest
        harness.rollbackRestores(uninstall("alpha==1.0"));

        assertThat(venv.pipList()).contains("{\"name\": \"alpha\", \"version\": \"1.0\"}");
    }

    @Test
    void uninstalling_a_package_not_installed_is_skipped_not_failed() throws Exception {
        Object before = harness.state();

        StepOutcome outcome = harness.apply(uninstall("beta"));

        assertThat(outcome.skipped()).isTrue();
        assertThat(outcome.summary()).isEqualTo("nothing to remove: not installed: beta");
        assertThat(harness.state()).isEqualTo(before);
        assertThat(harness.applyTwiceChangesNothingMore(uninstall("alpha")).skipped()).isTrue();
    }

    private PipStep uninstall(String... packages) {
        return new PipStep(TestSteps.common("pip"), null, venv.dir().toString(), List.of(packages), false, null,
                wheels.toString(), true, true);
    }

    private PipStep upgrade(String pkg) {
        return new PipStep(TestSteps.common("pip"), null, venv.dir().toString(), List.of(pkg), true, null,
                wheels.toString(), true, false);
    }
}
