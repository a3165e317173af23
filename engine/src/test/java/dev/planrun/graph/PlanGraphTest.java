package dev.planrun.graph;

import static dev.planrun.fixtures.StepFixtures.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanGraphTest {

    private static List<String> order(Step... steps) {
        Ordering ordering = PlanGraph.of(List.of(steps)).order();
        assertThat(ordering).isInstanceOf(Ordering.Sorted.class);
        return ((Ordering.Sorted) ordering).steps().stream().map(Step::id).toList();
    }

    private static List<String> cycles(Step... steps) {
        Ordering ordering = PlanGraph.of(List.of(steps)).order();
        assertThat(ordering).isInstanceOf(Ordering.Cyclic.class);
        return ((Ordering.Cyclic) ordering).cycles().stream().map(Cycle::path).toList();
    }

    @Test
    void stepsWithoutNeedsRunInDeclarationOrder() {
        assertThat(order(shell("c"), shell("a"), shell("b"))).containsExactly("c", "a", "b");
    }

    @Test
    void needsComeFirstAndTiesGoToTheStepDeclaredFirst() {
        // b, a and c are ready at once: b first (declared before a and c); once a is done,
        // d (declared first of all) is ready and goes before c
        assertThat(order(shell("d", "a"), shell("b"), shell("a"), shell("c")))
                .containsExactly("b", "a", "d", "c");
    }

    @Test
    void aStepWaitsForAllItsNeeds() {
        assertThat(order(shell("deploy", "build", "test"), shell("test", "build"), shell("build")))
                .containsExactly("build", "test", "deploy");
    }

    @Test
    void diamondIsOrderedTheSameEveryTime() {
        Step[] steps = {shell("top"), shell("left", "top"), shell("right", "top"), shell("bottom", "right", "left")};
        List<String> first = order(steps);
        assertThat(first).containsExactly("top", "left", "right", "bottom");
        for (int i = 0; i < 20; i++) {
            assertThat(order(steps)).isEqualTo(first);
        }
    }

    @Test
    void repeatedAndUnknownNeedsAreIgnoredByTheGraph() {
        PlanGraph graph = PlanGraph.of(List.of(shell("a"), shell("b", "a", "a", "ghost")));
        assertThat(graph.edges()).hasSize(1);
        assertThat(graph.needsOf(1)).extracting(Step::id).containsExactly("a");
        assertThat(graph.dependentsOf(0)).extracting(Step::id).containsExactly("b");
        assertThat(graph.indexOf("ghost")).isEqualTo(-1);
    }

    @Test
    void cycleIsReportedAsAPathFromItsFirstDeclaredStep() {
        assertThat(cycles(shell("x"), shell("b", "c"), shell("a", "b"), shell("c", "a")))
                .containsExactly("b -> c -> a -> b");
    }

    @Test
    void selfNeedIsACycle() {
        assertThat(cycles(shell("a", "a"))).containsExactly("a -> a");
    }

    @Test
    void everyIndependentCycleIsReportedOnceAndStepsAfterACycleAreNotCycles() {
        assertThat(cycles(
                shell("p", "q"), shell("q", "p"),
                shell("after", "p"),
                shell("r", "s"), shell("s", "t"), shell("t", "r"),
                shell("free")))
                .containsExactly("p -> q -> p", "r -> s -> t -> r");
    }

    @Test
    void shortestCycleThroughTheFirstStepOfAGroupIsChosen() {
        // a -> b -> c -> d -> a, and a shortcut a -> d
        assertThat(cycles(shell("a", "b", "d"), shell("b", "c"), shell("c", "d"), shell("d", "a")))
                .containsExactly("a -> d -> a");
    }

    @Test
    void longChainsAreOrderedWithoutDeepRecursion() {
        int n = 200_000;
        List<Step> steps = new ArrayList<>(n);
        steps.add(shell("s0"));
        for (int i = 1; i < n; i++) {
            steps.add(shell("s" + i, "s" + (i - 1)));
        }
        List<Step> reversed = new ArrayList<>(steps);
        java.util.Collections.reverse(reversed);
        Ordering sorted = PlanGraph.of(reversed).order();
        assertThat(((Ordering.Sorted) sorted).steps()).first().extracting(Step::id).isEqualTo("s0");

        steps.set(0, shell("s0", "s" + (n - 1)));
        Ordering cyclic = PlanGraph.of(steps).order();
        assertThat(((Ordering.Cyclic) cyclic).cycles()).singleElement()
                .satisfies(c -> assertThat(c.steps()).hasSize(n));
    }
}
