package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class PlanrunCommandTest {

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun r = CliRun.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("validate", "plan", "graph", "Exit codes:", "0  done",
                "3  a precondition does not hold (nothing was changed)", "6  the reviewed file no longer matches",
                "7  stopped at a manual step waiting for a person: apply --resume --yes");
        // each command's line in the list is a whole sentence, not the first line of a longer description
        r.out().lines().filter(l -> l.matches("  [a-z]+ {2,}\\S.*")).forEach(l ->
                assertThat(l.strip()).as("command list line").endsWith("."));
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String command : new String[] {"validate", "plan", "graph"}) {
            CliRun r = CliRun.run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: planrun " + command, "Exit codes:", "2  usage error");
        }
        assertThat(CliRun.run("help", "plan").out()).contains("--offline", "--params-file");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun r = CliRun.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("(?s)planrun \\d+\\.\\d+\\.\\d+.*\\RJava 17.*");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        CliRun none = CliRun.run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: planrun");
        CliRun unknown = CliRun.run("aply", "x.yaml");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "aply");
        assertThat(CliRun.run("plan", "--no-such-option", "x.yaml").code()).isEqualTo(2);
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the disk is full");
        }
    }

    @Test
    void unexpectedErrorsAreAMessageNotAStackTraceUnlessDebugging() {
        for (boolean debug : new boolean[] {false, true}) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Boom());
            cli.setErr(new PrintWriter(err, true));
            cli.setExecutionExceptionHandler(new ErrorHandler(debug));
            assertThat(cli.execute()).isEqualTo(1);
            assertThat(err.toString()).startsWith("planrun: error: the disk is full");
            if (debug) {
                assertThat(err.toString()).contains("at dev.planrun.cli.PlanrunCommandTest$Boom.call");
            } else {
                assertThat(err.toString()).doesNotContain("\tat ").contains("PLANRUN_DEBUG=1");
            }
        }
    }
}
