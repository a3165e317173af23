package dev.planrun.review;

import static dev.planrun.fixtures.StepFixtures.common;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.check.Connector;
import dev.planrun.exec.configset.ConfigSetStepExecutor;
import dev.planrun.exec.StepPreview;
import dev.planrun.fixtures.StepFixtures;
import dev.planrun.interp.Masker;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.Plan;
import dev.planrun.model.Rollback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorPreviewerTest {

    @TempDir
    Path dir;

    private ConfigSetStep portStep(Path file) {
        return new ConfigSetStep(common("port", Rollback.AUTO), ConfigSetStep.Format.PROPERTIES, file.toString(), null,
                null, "site.port", "9090", false, null);
    }

    private ExecutorPreviewer previewer() {
        PreviewContext context = new PreviewContext(null, Connector.NONE, Masker.NONE, Map.of(), Clock.systemUTC());
        return new ExecutorPreviewer(List.of(new ConfigSetStepExecutor()), context, new FieldPreviewer());
    }

    @Test
    void anExecutorReadsTheCurrentValueWithoutChangingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("site.properties"), "site.port=8080\n");
        StepPreview preview = previewer().preview(portStep(file));
        assertThat(preview.details()).singleElement().asString().contains("8080").contains("9090");
        assertThat(Files.readString(file)).isEqualTo("site.port=8080\n");
    }

    @Test
    void typesWithoutAnExecutorFallBackToTheirFields() {
        StepPreview preview = previewer().preview(StepFixtures.shell("s"));
        assertThat(preview.summary()).isEqualTo("run echo s");
    }

    @Test
    void theReviewUsesTheExecutorsPreview() throws IOException {
        Path file = Files.writeString(dir.resolve("site.properties"), "site.port=8080\n");
        Plan plan = StepFixtures.plan(List.of(portStep(file)), List.of());
        ResolvedParams params = new ParamResolver(Map.of(), ParamResolver.REVIEW_RUN_BUILTINS, dir)
                .resolve(plan, ParamInputs.NONE);
        Review review = new ReviewBuilder(previewer(), null).build(plan, params);
        assertThat(review.steps().get(0).details()).singleElement().asString().contains("8080 -> ");
    }
}
