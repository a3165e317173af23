package dev.planrun.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.Connector;
import dev.planrun.fixtures.StepFixtures;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.Plan;
import dev.planrun.review.StepReview.RollbackReview.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReviewBuilderTest {

    private final Plan plan = ReviewFixtures.omeroPlan();
    private final ResolvedParams params = new ParamResolver(Map.of("PW", ReviewFixtures.SECRET),
            ParamResolver.REVIEW_RUN_BUILTINS, Path.of("/work")).resolve(plan, ParamInputs.NONE);

    private Review review(boolean evaluate) {
        CheckEvaluator checks = new CheckEvaluator();
        CheckContext offline = CheckContext.of(params.scope(), Connector.NONE, null, Path.of("/")).asOffline();
        return new ReviewBuilder(new FieldPreviewer(), evaluate ? c -> checks.evaluate(c, offline) : null)
                .build(plan, params);
    }

    @Test
    void stepsComeInRunOrderNumberedFromOne() {
        Review review = review(false);
        assertThat(review.steps()).extracting(StepReview::id)
                .containsExactly("announce", "stop", "backup", "upgrade-db", "install", "omero-py", "jvm");
        assertThat(review.steps()).extracting(StepReview::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void everyStepSaysWhatItDoesResolvedAndHowItIsUndone() {
        Review review = review(false);
        assertThat(review.steps()).extracting(StepReview::does).containsExactly(
                "a person: Tell the users",
                "run /nonexistent/planrun-test/OMERO.server/bin/omero admin stop",
                "run a bash script (bash -euo pipefail)",
                "run SQL file /nonexistent/planrun-test/OMERO.server/sql/psql/OMERO5.4__0/OMERO5.3__1.sql on omero",
                "extract /tmp/OMERO.server-5.4.zip into /nonexistent/planrun-test/OMERO.server",
                "pip install --upgrade omero-py>=5.19.4 into the virtualenv /opt/venv",
                "set omero.jvmcfg.percent.blitz = 50 in OMERO config (/nonexistent/planrun-test/OMERO.server/bin/omero config)");
        assertThat(review.steps()).extracting(s -> s.rollback().kind()).containsExactly(
                Kind.UNDECLARED, Kind.INLINE, Kind.UNDECLARED, Kind.IRREVERSIBLE, Kind.AUTO, Kind.AUTO, Kind.AUTO);
        assertThat(review.steps().get(1).rollback().text())
                .isEqualTo("inline: run /nonexistent/planrun-test/OMERO.server/bin/omero admin start");
        assertThat(review.steps().get(6).rollback().text())
                .isEqualTo("auto: restore the previous value of omero.jvmcfg.percent.blitz (or its absence)");
        assertThat(review.steps().get(0).manual()).isTrue();
        assertThat(review.steps().get(3).irreversible()).isTrue();
    }

    @Test
    void summaryListsIrreversibleManualAndUndeclaredRollbacks() {
        Review.Summary summary = review(false).summary();
        assertThat(summary.steps()).isEqualTo(7);
        assertThat(summary.irreversible()).containsExactly("upgrade-db");
        assertThat(summary.manual()).containsExactly("announce");
        assertThat(summary.noRollback()).containsExactly("announce", "backup");
        assertThat(summary.checks()).containsEntry("holds", 0).containsEntry("fails", 0);
    }

    @Test
    void secretsAreMaskedInStepsConnectionsAndParams() {
        Review review = review(true);
        assertThat(review.steps().get(1).details()).contains("env PGPASSWORD=******");
        assertThat(review.connections()).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo("jdbc:postgresql://localhost:5432/omero?password=******");
            assertThat(c.password()).isEqualTo("******");
        });
        assertThat(review.params().get(1).display()).isEqualTo("******");
        assertThat(review.toString()).doesNotContain(ReviewFixtures.SECRET);
    }

    @Test
    @Timeout(60) // the precondition polls for 10 minutes at apply time; a review must not wait
    void conditionsAreEvaluatedOnceWhenAnEvaluatorIsGiven() {
        Review review = review(true);
        assertThat(review.evaluated()).isTrue();
        CheckReview present = review.preconditions().get(0);
        assertThat(present.line()).isEqualTo("server-present: file /nonexistent/planrun-test/OMERO.server");
        assertThat(present.result().status()).isEqualTo("fails");
        assertThat(review.steps().get(1).preconditions().get(0).result().status()).isEqualTo("holds");
        assertThat(review.steps().get(6).when().result().status()).isEqualTo("fails");
        assertThat(review.summary().checks()).containsEntry("holds", 1).containsEntry("fails", 1);
        assertThat(review.summary().skipped()).containsExactly("jvm");
    }

    @Test
    void unresolvableReferencesBecomeProblemsAndTheStepIsShownAsWritten() {
        Plan withEnv = StepFixtures.plan(List.of(new dev.planrun.model.ShellStep(
                StepFixtures.common("s", dev.planrun.model.Rollback.UNDECLARED), List.of("echo", "${env:UNSET_VAR}"),
                null, null, null, null, null, null)), List.of());
        ResolvedParams none = new ParamResolver(Map.of(), Map.of(), Path.of("/")).resolve(withEnv, ParamInputs.NONE);
        Review review = new ReviewBuilder(new FieldPreviewer(), null).build(withEnv, none);
        assertThat(review.problems()).singleElement().asString()
                .isEqualTo("plan.yaml:1:1: error: step 's': the environment variable UNSET_VAR is not set"
                        + " (referenced as ${env:UNSET_VAR})");
        assertThat(review.steps().get(0).does()).isEqualTo("run echo '${env:UNSET_VAR}'");
    }

    @Test
    void aPreviewThatFailsFallsBackToTheFieldsWithAWarning() {
        Review review = new ReviewBuilder(step -> {
            throw new IllegalStateException("database unreachable");
        }, null).build(plan, params);
        assertThat(review.steps().get(1).does()).startsWith("run ");
        assertThat(review.steps().get(1).warnings()).containsExactly("the preview could not look further: database unreachable");
    }

    @Test
    void cyclicPlansAreRefused() {
        Plan cyclic = StepFixtures.plan(List.of(StepFixtures.shell("a", "b"), StepFixtures.shell("b", "a")), List.of());
        ResolvedParams none = new ParamResolver(Map.of(), Map.of(), Path.of("/")).resolve(cyclic, ParamInputs.NONE);
        assertThatThrownBy(() -> new ReviewBuilder(new FieldPreviewer(), null).build(cyclic, none))
                .hasMessageContaining("a -> b -> a");
    }
}
