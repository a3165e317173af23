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
import dev.planrun.review.FieldPreviewer;
import dev.planrun.review.Review;
import dev.planrun.review.ReviewBuilder;
import dev.planrun.review.ReviewRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures the path of {@code planrun plan} in-process for synthetic plans: load, validate,
 * order, resolve params, build the review (conditions evaluated offline) and render it as text,
 * Markdown and JSON (into a writer that only counts). Prints one Markdown table row per run.
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

    private static String run(Path file, int steps, long bytes, int repetition) {
        System.gc();
        resetPeaks();
        long cpu0 = cpuTime();
        long t0 = System.nanoTime();
        LoadResult loaded = new PlanLoader().load(file);
        Plan plan = loaded.plan().orElseThrow(() -> new IllegalStateException("not loaded: " + loaded.problems()));
        long t1 = System.nanoTime();
        long t2 = System.nanoTime(); // validation: measured here once the validator is part of the path
        Ordering ordering = PlanGraph.of(plan.steps()).order();
        if (!ordering.sorted()) {
            throw new IllegalStateException("synthetic plan has a cycle");
        }
        long t3 = System.nanoTime();
        ResolvedParams params = new ParamResolver(Map.of(), ParamResolver.REVIEW_RUN_BUILTINS, Path.of("/"))
                .resolve(plan, ParamInputs.NONE);
        CheckEvaluator checks = new CheckEvaluator();
        CheckContext offline = CheckContext.of(params.scope(), Connector.NONE, null, Path.of("/")).asOffline();
        Review review = new ReviewBuilder(new FieldPreviewer(), c -> checks.evaluate(c, offline)).build(plan, params);
        long t4 = System.nanoTime();
        List<Long> sizes = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (String format : List.of("text", "markdown", "json")) {
            long start = System.nanoTime();
            CountingWriter out = new CountingWriter();
            ReviewRenderer.forFormat(format).render(review, new PrintWriter(out));
            times.add(System.nanoTime() - start);
            sizes.add(out.count);
        }
        long cpu = cpuTime() - cpu0;
        long peak = peakHeap();
        System.gc();
        long retained = usedHeap();
        if (review.steps().size() != steps) {
            throw new IllegalStateException("review lost steps");
        }
        long total = t4 - t0 + times.get(0);
        return String.format("| %,d | %d | %.1f MB | %d | %d | %d | %d | %d | %d | %d | **%d** | %d | %d MB | %d MB |",
                steps, repetition, bytes / 1e6, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3),
                ms(times.get(0)), ms(times.get(1)), ms(times.get(2)), ms(total), ms(cpu), peak >> 20, retained >> 20);
    }

    /** The header of the rows {@link #main} prints. */
    static final String HEADER = "| steps | run | plan file | load ms | validate ms | order ms | review ms | text ms"
            + " | markdown ms | json ms | load to text ms | CPU ms (all threads, all phases) | peak heap | retained heap |";

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** CPU time of the whole process: the pipeline's thread, the JIT compilers and the collector. */
    private static long cpuTime() {
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
