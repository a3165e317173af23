package dev.planrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What planrun says when something unexpected goes wrong: a message, not a stack trace
 * ({@code PLANRUN_DEBUG=1} shows it).
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
                : ex.getMessage();
        cli.getErr().println("planrun: error: " + message);
        if (debug) {
            ex.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("planrun: (set PLANRUN_DEBUG=1 to see where it happened)");
        }
        cli.getErr().flush();
        return ExitCodes.FAILED;
    }
}
