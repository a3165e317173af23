package dev.planrun.bench;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.process.CommonsExecProcessRunner;
import dev.planrun.sandbox.LocalPostgres;
import dev.planrun.sql.DatabaseTarget;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * planrun's JDBC script runner against {@code psql -X -v ON_ERROR_STOP=1 -f FILE}, side by side
 * on one throwaway cluster, each run on a fresh database, alternating: (a) 200,000 single-row
 * INSERTs (in BEGIN/COMMIT, and without), (b) about 5 MB of DDL and PL/pgSQL functions, (c) a
 * 100 MB {@code COPY ... FROM stdin}; with {@code --huge}, also (d) a 1 GB COPY script (planrun
 * only, for its memory). planrun runs in a JVM of its own with the launcher's options and
 * {@code -Xmx256m} ({@code PLANRUN_BENCH_JAVA_OPTS} replaces them).
 *
 * <p>Per run: wall time of the whole process (psql's, or the planrun JVM's, start-up included) and
 * of the script run itself (for planrun: {@code JdbcScriptRunner.run}, as a sql step in a running
 * {@code planrun apply} costs), the client's CPU time and the server's (the backend and the
 * cluster's other processes). On a shared machine wall times wander with the other load; CPU
 * times do not.
 *
 * <p>Usage: {@code SqlScriptBenchmark [--runs N] [--huge] [--only a|b|c]} ({@code bench/sql.sh}).
 */
public final class SqlScriptBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** The JVM options of the planrun launcher, and the heap limit the benchmark sets. */
    private static final String JAVA_OPTS = System.getenv().getOrDefault("PLANRUN_BENCH_JAVA_OPTS",
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xmx256m");

    private final LocalPostgres pg;
    private final long postmaster;
    private final CommonsExecProcessRunner processes = new CommonsExecProcessRunner(System.getenv(), 64 * 1024);
    private final int runs;
    private int databases;

    /** One measured run. */
    private record Run(long wallMs, long runMs, long clientCpuMs, long serverCpuMs, long peakHeap) {
    }

    private SqlScriptBenchmark(LocalPostgres pg, long postmaster, int runs) {
        this.pg = pg;
        this.postmaster = postmaster;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int runs = a.contains("--runs") ? Integer.parseInt(a.get(a.indexOf("--runs") + 1)) : 3;
        String only = a.contains("--only") ? a.get(a.indexOf("--only") + 1) : "abc";
        Path dir = Files.createTempDirectory("planrun-sql-bench");
        try (LocalPostgres pg = LocalPostgres.start()) {
            SqlScriptBenchmark b = new SqlScriptBenchmark(pg, postmaster(pg), runs);
            System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println();
            System.out.println("| script | size | runner | wall, process | wall, script run | client CPU "
                    + "| server CPU | peak heap |");
            System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            if (only.contains("a")) {
                b.compare("(a) 200,000 INSERTs in BEGIN/COMMIT", SqlBenchScripts.inserts(dir, 200_000, true),
                        true, true);
                b.compare("(a) 200,000 INSERTs, no BEGIN/COMMIT", SqlBenchScripts.inserts(dir, 200_000, false),
                        true, false);
            }
            if (only.contains("b")) {
                b.compare("(b) DDL and PL/pgSQL functions", SqlBenchScripts.ddl(dir, 5L << 20), true, true);
            }
            if (only.contains("c")) {
                b.compare("(c) COPY FROM stdin", SqlBenchScripts.copy(dir, "copy.sql", 100L << 20), true, false);
            }
            if (a.contains("--huge")) {
                b.compare("(d) COPY FROM stdin", SqlBenchScripts.copy(dir, "huge.sql", 1L << 30), false, false);
            }
            System.out.println();
            System.out.println("load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private void compare(String name, Path script, boolean withPsql, boolean withUnbatched) throws Exception {
        List<Run> psql = new ArrayList<>();
        List<Run> planrun = new ArrayList<>();
        List<Run> unbatched = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (withPsql) {
                psql.add(measure(script, null));
            }
            planrun.add(measure(script, "batch"));
            if (withUnbatched) {
                unbatched.add(measure(script, "nobatch"));
            }
        }
        String size = String.format(Locale.ROOT, "%.1f MB", Files.size(script) / 1048576.0);
        print(name, size, "psql", psql);
        print(withPsql ? "" : name, withPsql ? "" : size, "planrun", planrun);
        print("", "", "planrun, no batching", unbatched);
    }

    private static void print(String name, String size, String runner, List<Run> r) {
        if (r.isEmpty()) {
            return;
        }
        long heap = r.stream().mapToLong(Run::peakHeap).max().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", name, size, runner,
                seconds(r, Run::wallMs), seconds(r, Run::runMs), seconds(r, Run::clientCpuMs),
                seconds(r, Run::serverCpuMs),
                heap == 0 ? "" : (heap >> 20) + " MB");
    }

    /** One run on a fresh database: psql when {@code mode} is null, else planrun ("batch", "nobatch"). */
    private Run measure(Path script, String mode) throws Exception {
        DatabaseTarget db = pg.createDatabase("bench_" + (++databases));
        List<String> argv;
        Map<String, String> env;
        if (mode == null) {
            argv = List.of(pg.binaries().program("psql").toString(), "-X", "-v", "ON_ERROR_STOP=1",
                    "-f", script.toString());
            env = db.libpqEnvironment();
        } else {
            List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            java.addAll(Arrays.asList(JAVA_OPTS.split(" ")));
            java.addAll(List.of("-cp", absoluteClassPath(), SqlScriptRun.class.getName(), db.url(), db.user(),
                    script.toString(), mode));
            argv = java;
            env = Map.of("PLANRUN_BENCH_PASSWORD", db.password());
        }
        List<String> lines = new ArrayList<>();
        long client = ProcCpu.waitedChildren();
        long server = ProcCpu.cluster(postmaster);
        long start = System.nanoTime();
        ProcessResult r = processes.run(argv, script.getParent(), env, TIMEOUT, null, mode == null ? l -> { }
                : lines::add);
        long wall = (System.nanoTime() - start) / 1_000_000;
        client = ProcCpu.waitedChildren() - client;
        awaitSessionsEnded(db);
        server = ProcCpu.cluster(postmaster) - server;
        check(r.exitCode() == 0, "run failed: " + r.output());
        long heap = 0;
        long run = wall;
        if (mode != null) {
            String[] f = lines.get(lines.size() - 1).split(" ", 5);
            check(f[3].equals("true"), "planrun failed: " + lines);
            run = Long.parseLong(f[0]);
            heap = Long.parseLong(f[1]);
        }
        pg.dropDatabase(db.url().substring(db.url().lastIndexOf('/') + 1));
        return new Run(wall, run, client, server, heap);
    }

    /** Waits until the run's backend has ended (and was reaped), so that its CPU time is counted. */
    private void awaitSessionsEnded(DatabaseTarget db) throws Exception {
        String name = db.url().substring(db.url().lastIndexOf('/') + 1);
        try (Connection c = pg.admin().open();
             PreparedStatement st = c.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
            st.setString(1, name);
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
        }
        Thread.sleep(50);
    }

    private static long postmaster(LocalPostgres pg) throws Exception {
        try (Connection c = pg.admin().open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return ProcCpu.parent(rs.getLong(1));
        }
    }

    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Median of the runs, with the range when there are several, in seconds. */
    private static String seconds(List<Run> runs, ToLongFunction<Run> what) {
        long[] sorted = runs.stream().mapToLong(what).sorted().toArray();
        double median = sorted[sorted.length / 2] / 1000.0;
        if (sorted.length == 1) {
            return String.format(Locale.ROOT, "%.2f s", median);
        }
        return String.format(Locale.ROOT, "%.2f s (%.2f-%.2f)", median, sorted[0] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
