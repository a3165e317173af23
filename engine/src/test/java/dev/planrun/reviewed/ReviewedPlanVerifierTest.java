package dev.planrun.reviewed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedPlanVerifierTest {

    @TempDir
    Path dir;
    Path planFile;
    Path script;
    ReviewedPlan reviewed;

    @BeforeEach
    void review() throws Exception {
        planFile = Files.writeString(dir.resolve("plan.yaml"), "planrun: 1\nid: x\n");
        script = Files.writeString(dir.resolve("upgrade.sql"), "select 1;\n");
        String text = Files.readString(planFile);
        reviewed = new ReviewedPlan(ReviewedPlan.FORMAT, "1.0", "2026-11-23T00:00:00Z",
                List.of(new ReviewedPlan.PlanText(planFile.toString(), null, Digests.sha256(text), text)), null,
                Map.of("db_name", "omero", "plugins", List.of("a", "b")), List.of("db_password"),
                List.of(new ReviewedPlan.FileEntry(script.toString(), Digests.sha256(script), 10L, "upgrade")),
                List.of());
    }

    private List<Difference> verify(Map<String, Object> params) {
        return new ReviewedPlanVerifier("1.0").verify(reviewed, params);
    }

    @Test
    void nothingChangedMeansNoDifference() {
        assertThat(verify(Map.of("db_name", "omero", "plugins", List.of("a", "b")))).isEmpty();
    }

    @Test
    void listsEveryDifference() throws Exception {
        Files.writeString(planFile, "planrun: 1\nid: y\n");
        Files.writeString(script, "drop table dbpatch;\n");

        List<Difference> diffs = verify(Map.of("db_name", "other", "plugins", List.of("a", "b")));

        assertThat(diffs).extracting(Difference::kind).containsExactly(
                Difference.Kind.PLAN_CHANGED, Difference.Kind.PARAM_CHANGED, Difference.Kind.FILE_CHANGED);
        assertThat(diffs.get(1).toString()).isEqualTo("param changed: db_name ('omero' -> 'other')");
    }

    @Test
    void aRemovedFileAndAnEditedCopyAreDifferences() throws Exception {
        Files.delete(script);
        var edited = new ReviewedPlan(reviewed.format(), reviewed.engineVersion(), reviewed.created(),
                List.of(new ReviewedPlan.PlanText(planFile.toString(), null, reviewed.plans().get(0).sha256(),
                        "planrun: 1\nid: tampered\n")),
                null, reviewed.params(), reviewed.secretParams(), reviewed.files(), reviewed.checks());

        var diffs = new ReviewedPlanVerifier("2.0").verify(edited, reviewed.params());

        assertThat(diffs).extracting(Difference::toString).containsExactly(
                "planrun version changed: planrun (1.0 -> 2.0)",
                "plan changed: " + planFile + " (the reviewed file's copy was edited)",
                "file changed: " + script + " (" + Digests.shortForm(reviewed.files().get(0).sha256()) + " -> absent)");
    }

    @Test
    void roundTripsThroughItsFileAndRejectsOtherJson() throws Exception {
        ReviewedPlanFile io = new ReviewedPlanFile();
        Path file = Files.writeString(dir.resolve("reviewed.json"), io.write(reviewed));
        assertThat(io.isReviewedPlan(file)).isTrue();
        assertThat(io.isReviewedPlan(planFile)).isFalse();
        assertThat(io.read(file)).isEqualTo(reviewed);

        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something/1\"}");
        assertThatThrownBy(() -> io.read(other)).isInstanceOf(InvalidReviewedPlanException.class)
                .hasMessageContaining("not a reviewed plan of format planrun-reviewed/1");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"planrun-reviewed/1\",\n  \"plans\": [");
        assertThatThrownBy(() -> io.read(broken)).hasMessageStartingWith(broken + ":2:");
    }
}
