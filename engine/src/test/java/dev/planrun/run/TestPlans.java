package dev.planrun.run;

import dev.planrun.model.Check;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Retries;
import dev.planrun.model.Rollback;
import dev.planrun.model.ShellStep;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans built in memory for the engine's unit tests; the plan file exists (its digest matters). */
final class TestPlans {

    private TestPlans() {
    }

    static StepCommon common(String id, Rollback rollback, String... needs) {
        return new StepCommon(id, null, List.of(needs), null, List.of(), null, null, rollback, false, List.of(),
                null, null, Map.of(), Position.of("plan.yaml", 1, 1));
    }

    static ShellStep shell(String id, List<String> argv, String... needs) {
        return new ShellStep(common(id, Rollback.UNDECLARED, needs), argv, null, null, null, null, null, null);
    }

    static FileCopyStep copy(String id, String from, String to, String... needs) {
        return new FileCopyStep(common(id, Rollback.AUTO, needs), from, to, FileCopyStep.Mode.COPY,
                FileCopyStep.Overwrite.TRUE, false);
    }

    static ManualStep manual(String id, String... needs) {
        return new ManualStep(common(id, Rollback.UNDECLARED, needs), "look at " + id);
    }

    static Step with(Step s, java.util.function.UnaryOperator<Mutable> change) {
        StepCommon c = s.common();
        Mutable m = change.apply(new Mutable(c.when(), new ArrayList<>(c.preconditions()), c.timeout(), c.retries(),
                c.rollback(), c.continueOnError()));
        return s.withCommon(new StepCommon(c.id(), c.title(), c.needs(), m.when, m.preconditions, m.timeout,
                m.retries, m.rollback, m.continueOnError, c.tags(), c.chain(), c.source(), c.extensions(),
                c.position()));
    }

    /** The common fields a test changes. */
    static final class Mutable {
        Check when;
        List<Check> preconditions;
        Duration timeout;
        Retries retries;
        Rollback rollback;
        boolean continueOnError;

        Mutable(Check when, List<Check> preconditions, Duration timeout, Retries retries, Rollback rollback,
                boolean continueOnError) {
            this.when = when;
            this.preconditions = preconditions;
            this.timeout = timeout;
            this.retries = retries;
            this.rollback = rollback;
            this.continueOnError = continueOnError;
        }

        Mutable when(Check c) {
            when = c;
            return this;
        }

        Mutable pre(Check c) {
            preconditions.add(c);
            return this;
        }

        Mutable retries(int n) {
            retries = new Retries(n, Duration.ofSeconds(7), Position.NONE);
            return this;
        }

        Mutable rollback(Rollback r) {
            rollback = r;
            return this;
        }

        Mutable continueOnError() {
            continueOnError = true;
            return this;
        }
    }

    static ParamSpec param(String name, ParamType type, String defaultValue) {
        return new ParamSpec(name, type, defaultValue, false, null, null, null, Position.NONE);
    }

    static Plan plan(Path dir, List<? extends Step> steps, List<ParamSpec> params, List<Check> preconditions,
                     OnFailure onFailure) throws IOException {
        Path source = dir.resolve("plan.yaml");
        if (!Files.exists(source)) {
            Files.writeString(source, "planrun: 1\nid: test-plan\n");
        }
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        params.forEach(p -> byName.put(p.name(), p));
        return new Plan(1, "test-plan", "Test plan", null, null, null, null, null, onFailure, byName, Map.of(),
                preconditions, List.copyOf(steps), source, Position.of("plan.yaml", 1, 1));
    }
}
