package dev.planrun.bench;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.jdbc.JdbcScriptRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * One run of planrun's JDBC runner in a JVM of its own (the benchmark starts it with
 * {@code -Xmx256m}): {@code SqlScriptRun JDBC-URL USER FILE [nobatch]}, password in
 * {@code PLANRUN_BENCH_PASSWORD}. Prints {@code run-ms peak-heap-bytes statements ok}.
 */
public final class SqlScriptRun {

    private SqlScriptRun() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseTarget db = new DatabaseTarget(args[0], args[1], System.getenv("PLANRUN_BENCH_PASSWORD"));
        boolean batching = args.length < 4 || !args[3].equals("nobatch");
        ScriptOptions options = ScriptOptions.defaults().withBatching(batching);
        try (Connection c = db.open()) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ScriptResult r = new JdbcScriptRunner(c, ScriptListener.NONE).run(SqlScript.file(Path.of(args[2])), options);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.println(ms + " " + peak + " " + r.statementsExecuted() + " " + r.succeeded()
                    + (r.succeeded() ? "" : " " + r.error().map(e -> e.describe()).orElse(r.problems().toString())
                    .replace('\n', ' ')));
        }
    }
}
