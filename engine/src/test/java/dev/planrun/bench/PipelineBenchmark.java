package dev.planrun.bench;

import dev.planrun.check.CheckContext;
import dev.planrun.check.CheckEvaluator;
import dev.planrun.check.Connector;
import dev.planrun.graph.Ordering;
import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.load.LoadResult;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Plan;
import dev.planrun.problem.Problem;
import dev.planrun.review.FieldPreviewer;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewBuilder;
import dev.planrun.review.ReviewRenderer;
import dev.planrun.validate.PlanValidator;
import dev.planrun.validate.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures the path of {@code planrun plan} in-process for synthetic plans: load, validate,
 * order, resolve params, build the review (conditions evaluated offline) and render it as text,
 * Markdown and JSON (into a writer that only counts). Prints one Markdown table row per run:
 * each phase as {@code wall ms / CPU ms} of the thread running it (CPU time does not count the
 * time the thread waited for a core, so it stays meaningful on a busy machine), the CPU time of
 * the whole process (JIT compilers and collector included), peak and retained heap.
 *
 * <p>Usage: {@code PipelineBenchmark STEPS [REPETITIONS]}; run each size in a fresh JVM
 * ({@code bench/pipeline.sh} does). The first repetition is the cold one a command sees.
 * {@code PipelineBenchmark --header} prints the table's header.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--header")) {
            System.out.println(HEADER);
            System.out.println("| ---: ".repeat(14) + "|");
            return;
        }
        int steps = Integer.parseInt(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("planrun-bench");
        Path file = SyntheticPlan.write(dir.resolve("plan.yaml"), steps);
        long bytes = Files.size(file);
        try {
            for (int r = 1; r <= repetitions; r++) {
                System.out.println(run(file, steps, bytes, r));
            }
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /** The environment the plan's secret comes from, so that every review text is masked. */
    private static final Map<String, String> ENVIRONMENT = Map.of("BENCH_DB_PASSWORD", "bench-secret-pw");

    private static String run(Path file, int steps, long bytes, int repetition) throws IOException {
        System.gc();
        resetPeaks();
        long processCpu = processCpuTime();
        Marks marks = new Marks();
        PlanValidator validator = new PlanValidator(ENVIRONMENT);
        validator.prepareInBackground(); // as planrun's commands do: Hibernate Validator boots while the plan loads
        LoadResult loaded = new PlanLoader().load(file);
        Plan plan = loaded.plan().orElseThrow(() -> new IllegalStateException("not loaded: " + loaded.problems()));
        marks.mark(); // load
        List<Problem> problems = validator.validate(plan, null,
                new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        if (Problem.anyError(problems)) {
            throw new IllegalStateException("synthetic plan is invalid: " + problems.subList(0, 1));
        }
        marks.mark(); // validate
        Ordering ordering = PlanGraph.of(plan.steps()).order();
        if (!ordering.sorted()) {
            throw new IllegalStateException("synthetic plan has a cycle");
        }
        marks.mark(); // order
        ResolvedParams params = new ParamResolver(ENVIRONMENT, ParamResolver.REVIEW_RUN_BUILTINS, Path.of("/"))
                .resolve(plan, ParamInputs.NONE);
        CheckEvaluator checks = new CheckEvaluator();
        CheckContext offline = CheckContext.of(params.scope(), Connector.NONE, null, Path.of("/")).asOffline();
        Review review = new ReviewBuilder(new FieldPreviewer(), c -> checks.evaluate(c, offline)).build(plan, params);
        marks.mark(); // review
        for (String format : List.of("text", "markdown", "json")) {
            ReviewRenderer.forFormat(format).render(review, new PrintWriter(new CountingWriter()));
            marks.mark();
        }
        processCpu = processCpuTime() - processCpu;
        long peak = peakHeap();
        System.gc();
        long retained = usedHeap();
        if (review.steps().size() != steps) {
            throw new IllegalStateException("review lost steps");
        }
        StringBuilder row = new StringBuilder(String.format("| %,d | %d | %.1f MB |", steps, repetition, bytes / 1e6));
        for (int phase = 0; phase < 7; phase++) {
            row.append(' ').append(ms(marks.wall(phase))).append(" / ").append(ms(marks.cpu(phase))).append(" |");
        }
        long wall = 0;
        long cpu = 0;
        for (int phase = 0; phase < 5; phase++) { // load to text
            wall += marks.wall(phase);
            cpu += marks.cpu(phase);
        }
        return row.append(String.format(" **%d / %d** | %d | %d MB | %d MB |", ms(wall), ms(cpu), ms(processCpu),
                peak >> 20, retained >> 20)).toString();
    }

    /** Wall and CPU time (of the thread running the pipeline) at the end of each phase. */
    private static final class Marks {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<long[]> at = new ArrayList<>();

        Marks() {
            mark();
        }

        void mark() {
            at.add(new long[] {System.nanoTime(), threads.getCurrentThreadCpuTime()});
        }

        long wall(int phase) {
            return at.get(phase + 1)[0] - at.get(phase)[0];
        }

        long cpu(int phase) {
            return at.get(phase + 1)[1] - at.get(phase)[1];
        }
    }

    /** The header of the rows {@link #main} prints. */
    static final String HEADER = "| steps | run | plan file | load | validate | order | review | text | markdown | json"
            + " | load to text | process CPU | peak heap | retained heap |";

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** CPU time of the whole process: the pipeline's thread, the JIT compilers and the collector. */
    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts characters; keeps nothing. */
    private static final class CountingWriter extends Writer {
        private long count;

        @Override
        public void write(char[] buf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String str, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
