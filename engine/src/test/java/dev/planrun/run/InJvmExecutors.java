package dev.planrun.run;

import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.Progress;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Executors that work inside the JVM on real files, for unit tests of the engine's logic (the
 * integration tests use the real executors). A shell step's argv is an instruction:
 * {@code mark PATH} writes a file, {@code fail MESSAGE} fails, {@code flaky COUNTER N} fails until
 * its N-th attempt, {@code say LINE...} outputs lines, {@code progress N} reports progress N times
 * (1 to N statements of N kB), running {@link #betweenProgress} after each.
 */
final class InJvmExecutors {

    /** Run after each update of {@code progress N} (a test's clock moves on here). */
    Runnable betweenProgress = () -> { };

    /** Every apply and rollback, in order: {@code apply:id}, {@code rollback:id}. */
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    /** The sql executor: unused by default; a test may put the real one here (it previews and checks scripts without a database). */
    StepExecutor<SqlStep> sql = new Unused<>(SqlStep.class);

    ExecutorRegistry registry() {
        return ExecutorRegistry.of(List.of(new Shell(), new Copy(), new Manual(), sql,
                new Unused<>(PipStep.class), new Unused<>(ConfigSetStep.class)));
    }

    final class Shell implements StepExecutor<ShellStep> {
        @Override
        public Class<ShellStep> stepType() {
            return ShellStep.class;
        }

        @Override
        public StepPreview preview(ShellStep step, StepContext context) {
            return StepPreview.of(String.join(" ", step.run()), List.of());
        }

        @Override
        public StepOutcome apply(ShellStep step, StepContext context) throws StepFailedException {
            calls.add("apply:" + step.id());
            List<String> argv = step.run();
            try {
                switch (argv.get(0)) {
                    case "mark" -> Files.writeString(Path.of(argv.get(1)), step.id());
                    case "fail" -> throw new StepFailedException(argv.get(1));
                    case "flaky" -> {
                        Path counter = Path.of(argv.get(1));
                        int n = Files.exists(counter) ? Integer.parseInt(Files.readString(counter)) + 1 : 1;
                        Files.writeString(counter, Integer.toString(n));
                        if (n < Integer.parseInt(argv.get(2))) {
                            throw new StepFailedException("attempt " + n + " failed");
                        }
                    }
                    case "say" -> argv.subList(1, argv.size()).forEach(context::output);
                    case "progress" -> {
                        int n = Integer.parseInt(argv.get(1));
                        for (int i = 1; i <= n; i++) {
                            context.progress(new Progress(i, "statements", i * 1000L, n * 1000L));
                            betweenProgress.run();
                        }
                    }
                    default -> throw new StepFailedException("unknown instruction " + argv.get(0));
                }
            } catch (IOException e) {
                throw new StepFailedException(e.getMessage(), e);
            }
            return StepOutcome.done("did " + argv.get(0));
        }

        @Override
        public boolean hasAutoRollback() {
            return false;
        }

        @Override
        public ResumeSafety resumeSafety(ShellStep step, StepContext context) {
            return step.creates() != null ? ResumeSafety.safe("creates decides")
                    : ResumeSafety.unsafe("a shell step without creates was interrupted");
        }
    }

    /** Copies a file; rollback removes the copy or puts the old content back. */
    final class Copy implements StepExecutor<FileCopyStep> {
        @Override
        public Class<FileCopyStep> stepType() {
            return FileCopyStep.class;
        }

        @Override
        public StepPreview preview(FileCopyStep step, StepContext context) {
            return StepPreview.of("copy " + step.from() + " to " + step.to(), List.of());
        }

        @Override
        public StepOutcome apply(FileCopyStep step, StepContext context) throws StepFailedException {
            calls.add("apply:" + step.id());
            try {
                Path to = Path.of(step.to());
                Path undo = context.stepDir().resolve("previous");
                if (Files.exists(to)) {
                    Files.copy(to, undo);
                }
                Files.writeString(context.stepDir().resolve("recorded"), "yes");
                Files.copy(Path.of(step.from()), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return StepOutcome.done("copied");
            } catch (IOException e) {
                throw new StepFailedException("cannot copy: " + e, e);
            }
        }

        @Override
        public boolean hasAutoRollback() {
            return true;
        }

        @Override
        public void rollback(FileCopyStep step, StepContext context) throws StepFailedException {
            calls.add("rollback:" + step.id());
            try {
                Path to = Path.of(step.to());
                Path undo = context.stepDir().resolve("previous");
                if (Files.exists(undo)) {
                    Files.copy(undo, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(to);
                }
            } catch (IOException e) {
                throw new StepFailedException("cannot restore: " + e, e);
            }
        }
    }

    final class Manual implements StepExecutor<ManualStep> {
        @Override
        public Class<ManualStep> stepType() {
            return ManualStep.class;
        }

        @Override
        public StepPreview preview(ManualStep step, StepContext context) {
            return StepPreview.of("ask a person", List.of(step.instructions()));
        }

        @Override
        public StepOutcome apply(ManualStep step, StepContext context) throws StepFailedException {
            calls.add("apply:" + step.id());
            Confirmer.Answer a = context.confirmer().confirm(step.displayName(), step.instructions());
            if (a != Confirmer.Answer.CONFIRMED) {
                throw new StepFailedException("not confirmed: " + a);
            }
            return StepOutcome.done("confirmed");
        }

        @Override
        public boolean hasAutoRollback() {
            return false;
        }
    }

    static final class Unused<S extends Step> implements StepExecutor<S> {
        private final Class<S> type;

        Unused(Class<S> type) {
            this.type = type;
        }

        @Override
        public Class<S> stepType() {
            return type;
        }

        @Override
        public StepPreview preview(S step, StepContext context) {
            return StepPreview.of("unused", List.of());
        }

        @Override
        public StepOutcome apply(S step, StepContext context) throws StepFailedException {
            throw new StepFailedException(type.getSimpleName() + " is not used in these tests");
        }

        @Override
        public boolean hasAutoRollback() {
            return false;
        }
    }
}
