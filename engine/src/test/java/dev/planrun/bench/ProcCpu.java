package dev.planrun.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from Linux's /proc, in milliseconds: of the programs this JVM ran and waited for
 * (psql, a planrun JVM), and of a PostgreSQL cluster (the postmaster, its live children and the
 * children it has reaped: a session's backend counts once it ended). CPU time is what a run cost,
 * whatever else the machine was doing; wall time is not.
 */
final class ProcCpu {

    private static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    private ProcCpu() {
    }

    /** CPU of the children this JVM has waited for. */
    static long waitedChildren() throws IOException {
        long[] f = fields(Path.of("/proc/self/stat"));
        return (f[16] + f[17]) * TICK_MS;
    }

    /** CPU of the cluster whose postmaster is {@code postmaster}, so far. */
    static long cluster(long postmaster) throws IOException {
        long[] f = fields(Path.of("/proc/" + postmaster + "/stat"));
        long ticks = f[14] + f[15] + f[16] + f[17];
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    long[] c = fields(p.resolve("stat"));
                    if (c[4] == postmaster) {
                        ticks += c[14] + c[15];
                    }
                } catch (IOException gone) {
                    // the process ended while the list was read
                }
            }
        }
        return ticks * TICK_MS;
    }

    /** The parent of a process (a backend's parent is the postmaster). */
    static long parent(long pid) throws IOException {
        return fields(Path.of("/proc/" + pid + "/stat"))[4];
    }

    /** Fields of a stat file, 1-based as in proc(5); the command name is skipped. */
    private static long[] fields(Path stat) throws IOException {
        String s = Files.readString(stat);
        String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
        long[] f = new long[rest.length + 3];
        for (int i = 0; i < rest.length; i++) {
            try {
                f[i + 3] = Long.parseLong(rest[i]);
            } catch (NumberFormatException e) {
                f[i + 3] = 0; // the state letter
            }
        }
        return f;
    }
}
