package dev.planrun.examples.e2e;

import dev.planrun.examples.sim.Programs;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} of the operating system's packages, started on a free local port
 * with no persistence, stopped by {@link #close}.
 */
final class RedisServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Programs programs = new Programs();

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server whose working files go to {@code dir}; waits until it answers. */
    static RedisServer start(Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process p = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectOutput(dir.resolve("redis.log").toFile()).redirectErrorStream(true).start();
        RedisServer server = new RedisServer(p, port);
        try {
            EndToEnd.waitFor(() -> p.isAlive() && server.answers());
        } catch (AssertionError e) {
            server.close();
            throw new IllegalStateException("redis-server did not start; see " + dir.resolve("redis.log"), e);
        }
        return server;
    }

    /** The URL redis-cli -u takes, e.g. {@code redis://127.0.0.1:6390/0}. */
    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    void set(String key, String value) throws IOException {
        cli("set", key, value);
    }

    /** Every key, sorted. */
    List<String> keys() throws IOException {
        return cli("--raw", "keys", "*").lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    private boolean answers() {
        try {
            return cli("ping").strip().equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private String cli(String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("redis-cli", "-u", url()));
        argv.addAll(List.of(args));
        return programs.run(argv, null, Map.of());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
