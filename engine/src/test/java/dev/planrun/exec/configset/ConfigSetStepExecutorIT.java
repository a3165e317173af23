package dev.planrun.exec.configset;

import static dev.planrun.exec.configset.Steps.omero;
import static dev.planrun.exec.configset.Steps.python;
import static dev.planrun.exec.configset.Steps.set;
import static dev.planrun.exec.configset.Steps.unset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.StepPreview;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConfigSetStep.Format;
import dev.planrun.testkit.SecretScan;
import dev.planrun.testkit.StepHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSetStepExecutorIT {

    /**
     * A stand-in for bin/omero's config get/set: KEY=VALUE lines in etc/grid/config.txt, replaced in
     * place; get prints nothing for a missing key, set without a value removes the key.
     */
    private static final String FAKE_OMERO = """
            #!/bin/bash
            store="$(dirname "$0")/../etc/grid/config.txt"
            [ "$1" = config ] || exit 2
            case "$2" in
              get) awk -F= -v k="$3" '$1==k {sub(/^[^=]*=/, ""); print; exit}' "$store" ;;
              set) if [ $# -ge 4 ]; then
                     awk -F= -v k="$3" -v v="$4" '$1==k {print k "=" v; done=1; next} {print} END {if (!done) print k "=" v}' "$store" > "$store.new"
                   else
                     awk -F= -v k="$3" '$1!=k' "$store" > "$store.new"
                   fi
                   mv "$store.new" "$store" ;;
              *) exit 2 ;;
            esac
            """;

    @TempDir
    Path sandbox;
    @TempDir
    Path runs;
    private StepHarness<ConfigSetStep> harness;

    @BeforeEach
    void setUp() {
        harness = StepHarness.onTree(new ConfigSetStepExecutor(), runs, sandbox);
    }

    @Test
    void properties_preview_apply_again_and_rollback() throws Exception {
        Path file = write("omero.properties", "# settings\nomero.db.name=omero\nomero.data.dir=/OMERO\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        ConfigSetStep step = set(Format.PROPERTIES, file.toString(), "omero.data.dir", "/srv/OMERO");

        StepPreview preview = harness.previewChangesNothing(step);
        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(preview.details()).containsExactly("omero.data.dir: /OMERO -> /srv/OMERO");
        assertThat(file).hasContent("# settings\nomero.db.name=omero\nomero.data.dir=/srv/OMERO");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void python_settings_get_a_new_line_after_static_root() throws Exception {
        Path file = write("local_settings.py", "STATIC_ROOT = '/var/static/'\nDEBUG = False\n");
        ConfigSetStep step = python(file.toString(), "JS_REVERSE_OUTPUT_PATH",
                "os.path.join(STATIC_ROOT, 'js', 'django_reverse')", "STATIC_ROOT");

        harness.rollbackRestores(step);
        harness.applyTwiceChangesNothingMore(step);

        assertThat(Files.readAllLines(file)).containsExactly("STATIC_ROOT = '/var/static/'",
                "JS_REVERSE_OUTPUT_PATH = os.path.join(STATIC_ROOT, 'js', 'django_reverse')", "DEBUG = False");
    }

    @Test
    void a_file_that_did_not_exist_is_created_and_rollback_removes_it() throws Exception {
        ConfigSetStep step = Steps.ini(sandbox + "/omero-web.ini", "web", "port", "4080");

        assertThat(harness.previewChangesNothing(step).warnings())
                .containsExactly(sandbox + "/omero-web.ini does not exist now: it will be created");
        harness.rollbackRestores(step);
        harness.apply(step);
        assertThat(sandbox.resolve("omero-web.ini")).hasContent("[web]\nport = 4080");
    }

    @Test
    void yaml_and_json_keys_roll_back_to_their_earlier_value_or_absence() throws Exception {
        Path yaml = write("app.yaml", "# comment\nserver:\n  port: 80\n");
        Path json = write("app.json", "{\"a\": {\"b\": 1}}\n");

        assertThat(harness.previewChangesNothing(set(Format.YAML, yaml.toString(), "server.port", "8080")).warnings())
                .containsExactly("the comments in " + yaml + " are not kept when it is rewritten");
        harness.rollbackRestores(set(Format.YAML, yaml.toString(), "server.port", "8080"));
        harness.rollbackRestores(set(Format.JSON, json.toString(), "a.c", "[1, 2]"));
        harness.rollbackRestores(unset(Format.JSON, json.toString(), "a.b"));
    }

    @Test
    void a_symlinked_file_is_edited_where_it_points() throws Exception {
        Path real = write("real.properties", "a=1\n");
        Path link = Files.createSymbolicLink(sandbox.resolve("link.properties"), real.getFileName());

        harness.rollbackRestores(set(Format.PROPERTIES, link.toString(), "a", "2"));
        harness.apply(set(Format.PROPERTIES, link.toString(), "a", "2"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("a=2");
    }

    @Test
    void omero_config_values_are_set_unset_and_restored_through_bin_omero() throws Exception {
        String omero = fakeOmero("omero.db.name=omero\nomero.data.dir=/OMERO\n");
        // OMERO's configuration is a set of keys: the order of its store is not part of its state
        harness = new StepHarness<>(new ConfigSetStepExecutor(), runs,
                () -> Set.copyOf(readLines(sandbox.resolve("etc/grid/config.txt"))));

        assertThat(harness.previewChangesNothing(omero(omero, "omero.db.host", "db.example.org")).details())
                .containsExactly("omero.db.host: (absent) -> db.example.org");
        harness.rollbackRestores(omero(omero, "omero.db.host", "db.example.org"));
        harness.rollbackRestores(omero(omero, "omero.data.dir", "/srv/OMERO"));
        harness.rollbackRestores(omero(omero, "omero.db.name", null));
        assertThat(harness.applyTwiceChangesNothingMore(omero(omero, "omero.data.dir", "/srv/OMERO")).skipped()).isTrue();
        assertThat(readLines(sandbox.resolve("etc/grid/config.txt")))
                .containsExactlyInAnyOrder("omero.db.name=omero", "omero.data.dir=/srv/OMERO");
    }

    @Test
    void secrets_never_appear_in_the_preview_the_outcome_or_the_run_directory() throws Exception {
        String omero = fakeOmero("omero.db.pass=old-pass-1\n");
        ConfigSetStep step = omero(omero, "omero.db.pass", "n3w-s3cret");
        var context = harness.newContext(step).withSecrets("n3w-s3cret");

        Object before = harness.state();
        StepPreview preview = harness.previewChangesNothing(step, context);
        String summary = harness.apply(step, context).summary();
        harness.rollbackRestores(step, context, before);

        assertThat(preview.details()).containsExactly("omero.db.pass: ****** -> ******");
        assertThat(summary).isEqualTo("omero.db.pass: ****** -> ******");
        assertThat(SecretScan.findings(runs, "n3w-s3cret")).isEmpty();
        // rollback needs the earlier value: only the undo record has it, readable by its owner only
        List<String> old = SecretScan.findings(runs, "old-pass-1");
        assertThat(old).hasSize(1).allMatch(f -> f.endsWith("undo.json (base64)"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                runs.resolve(old.get(0).replace(" (base64)", ""))))).isEqualTo("rw-------");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fakeOmero(String config) throws IOException {
        Path bin = Files.createDirectories(sandbox.resolve("bin"));
        Files.createDirectories(sandbox.resolve("etc/grid"));
        Files.writeString(sandbox.resolve("etc/grid/config.txt"), config);
        Path omero = Files.writeString(bin.resolve("omero"), FAKE_OMERO);
        Files.setPosixFilePermissions(omero, PosixFilePermissions.fromString("rwxr-xr-x"));
        return omero.toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(sandbox.resolve(name), content);
    }
}
