package dev.planrun.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.examples.sim.CallLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: examples/sandbox-demo, run as a new user runs it (its own throwaway PostgreSQL). */
class SandboxDemoIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Run(int code, String output) {
    }

    private Run demo(Path sandbox) throws IOException, InterruptedException {
        Path log = dir.resolve("demo-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(REPOSITORY.resolve("examples/sandbox-demo").toString(), "--dir", sandbox.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove(SandboxDatabase.ENV);
        pb.environment().keySet().removeIf(k -> k.startsWith("PLANRUN_"));
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the demo did not finish in 10 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheSandboxReviewsAppliesAndShowsTheStatus() throws Exception {
        Path sandbox = dir.resolve("sandbox");
        Run run = demo(sandbox);

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("database planrun_sandbox_omero at OMERO5.4__0 (OMERO 5.5)",
                "== The review", "Plan: OMERO.server 5.5 to 5.6 (omero-server-5.5-to-5.6)", "db_password                 ******",
                "== The upgrade", "== Where each step stands", "start-server                       done");
        assertThat(run.output().indexOf("== The review")).isLessThan(run.output().indexOf("== The upgrade"));
        Path site = sandbox.resolve("site");
        assertThat(Files.readSymbolicLink(site.resolve("OMERO.server"))).isEqualTo(site.resolve("OMERO.server-5.6"));
        assertThat(site.resolve("OMERO.server-5.6/bin/omero")).isExecutable();
        assertThat(site.resolve("OMERO.server-5.5/bin/omero")).as("the old installation is kept").exists();
        assertThat(site.resolve("OMERO.server-5.6/etc/grid/config.xml")).content().contains("planrun_sandbox_omero")
                .doesNotContain("tlsv1,tlsv1_1") // the old protocols were removed, omero certificates set its own
                .contains("<property name=\"omero.glacier2.IceSSL.Protocols\" value=\"TLS1_2,TLS1_3\" />");
        try (Stream<Path> dumps = Files.list(site.resolve("backups"))) {
            assertThat(dumps.map(p -> p.getFileName().toString()).toList()).singleElement().asString().endsWith(".dump");
        }
        List<CallLog.Call> calls = CallLog.read(site.resolve("calls.log"));
        List<String> commands = calls.stream().map(CallLog.Call::command).toList();
        int stop = commands.indexOf("admin stop");
        int start = commands.lastIndexOf("admin start");
        assertThat(stop).isLessThan(commands.indexOf("certificates")).isLessThan(start).isNotNegative();
        assertThat(calls.get(stop).home()).isEqualTo(site.resolve("OMERO.server-5.5").toString());
        assertThat(calls.get(start).home()).isEqualTo(site.resolve("OMERO.server-5.6").toString());
    }

    @Test
    void refusesADirectoryThatIsNotOneOfItsSandboxes() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(mine.resolve("notes.txt"), "keep me\n");

        Run run = demo(mine);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.output()).contains(mine + " is not empty and is not a sandbox of this demo; choose another --dir");
        assertThat(mine.resolve("notes.txt")).hasContent("keep me");
    }
}
