package dev.planrun.exec.sql;

import dev.planrun.exec.Progress;
import dev.planrun.exec.ResumeSafety;
import dev.planrun.exec.StepContext;
import dev.planrun.exec.StepExecutor;
import dev.planrun.exec.StepFailedException;
import dev.planrun.exec.StepOutcome;
import dev.planrun.exec.StepPreview;
import dev.planrun.model.SqlStep;
import dev.planrun.problem.Problem;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.ScriptProgress;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.jdbc.JdbcScriptRunner;
import dev.planrun.sql.psql.PsqlScriptRunner;
import dev.planrun.sql.script.ScriptInspection;
import dev.planrun.sql.script.StepScripts;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs {@code sql} steps: the script (file or inline) with the step's transaction mode and psql
 * variables, through the JDBC runner or, with {@code client: psql}, psql itself. Output and
 * notices go to the step log; the first error fails the step with its file, line and column;
 * {@code expect-output} must match what the script printed. Nothing to undo automatically (a
 * plan declares an inline rollback script where one exists).
 */
public final class SqlStepExecutor implements StepExecutor<SqlStep> {

    @Override
    public Class<SqlStep> stepType() {
        return SqlStep.class;
    }

    @Override
    public StepPreview preview(SqlStep step, StepContext context) {
        return SqlPreview.of(step, StepScripts.inspect(step, true), context.masker());
    }

    /** The script's refusals (an unsupported meta-command, BEGIN under transaction: single); none while it is missing. */
    @Override
    public List<Problem> inputProblems(SqlStep step) {
        return StepScripts.inspect(step, false).refusals();
    }

    @Override
    public StepOutcome apply(SqlStep step, StepContext context) throws StepFailedException {
        ScriptInspection inspection = StepScripts.inspect(step, false);
        if (!inspection.runnable()) {
            // before connecting: a script planrun refuses sends nothing, not even its transaction
            throw new StepFailedException(context.masker().mask(String.join("; ",
                    inspection.problems().stream().map(Object::toString).toList())) + " (nothing was run)");
        }
        try (Connection c = context.connect(step.connection())) {
            Optional<TransactionRecord> earlier = TransactionRecord.read(context.stepDir());
            if (earlier.isPresent() && "committed".equals(earlier.get().status(c))) {
                return StepOutcome.skipped("its transaction " + earlier.get().xid()
                        + " committed before planrun was stopped: the script ran to its end");
            }
            ScriptResult result;
            if (step.client() == SqlStep.SqlClient.PSQL) {
                result = PsqlScriptRunner.withInstalledPsql(SqlTargets.of(step.connection(), context), listener(context))
                        .run(StepScripts.script(step), StepScripts.options(step));
            } else {
                if (inspection.transaction().wrapped()) {
                    TransactionRecord.begin(c, context.stepDir());
                }
                result = new JdbcScriptRunner(c, listener(context)).run(StepScripts.script(step), StepScripts.options(step));
            }
            return outcome(step, result, context);
        } catch (SQLException | IOException e) {
            throw new StepFailedException("connection " + step.connection() + ": " + e.getMessage(), e);
        }
    }

    private static StepOutcome outcome(SqlStep step, ScriptResult result, StepContext context)
            throws StepFailedException {
        if (!result.problems().isEmpty() && !result.succeeded()) {
            throw new StepFailedException(context.masker().mask(String.join("; ",
                    result.problems().stream().map(Object::toString).toList())));
        }
        if (result.error().isPresent()) {
            throw new StepFailedException(context.masker().mask(result.error().get().describe())
                    + (result.committed() ? "" : " (nothing was committed)"));
        }
        if (step.expectOutput() != null
                && !Pattern.compile(step.expectOutput(), Pattern.MULTILINE).matcher(result.output()).find()) {
            throw new StepFailedException("the script's output does not match expect-output /"
                    + context.masker().mask(step.expectOutput()) + "/" + (result.committed()
                    ? " (what it did was committed)" : " (nothing was committed)"));
        }
        long n = result.statementsExecuted();
        return StepOutcome.done(n + (n == 1 ? " statement in " : " statements in ")
                + result.duration().toMillis() + " ms; " + result.transaction().reason());
    }

    @Override
    public boolean hasAutoRollback() {
        return false;
    }

    /**
     * Safe when the script's one transaction did not commit (the server says aborted), or
     * committed (then the step is recorded as done without running again); not safe when the
     * script commits by itself or the server still runs it.
     */
    @Override
    public ResumeSafety resumeSafety(SqlStep step, StepContext context) {
        try {
            Optional<TransactionRecord> record = TransactionRecord.read(context.stepDir());
            if (record.isEmpty()) {
                return StepScripts.inspect(step, false).transaction().wrapped() && step.client() == SqlStep.SqlClient.JDBC
                        ? ResumeSafety.safe("its transaction had not started: nothing ran")
                        : ResumeSafety.unsafe("the script commits as it goes (" + step.transaction().name()
                        .toLowerCase(java.util.Locale.ROOT) + ", client " + step.client().name()
                        .toLowerCase(java.util.Locale.ROOT) + "): planrun cannot tell how far it got");
            }
            try (Connection c = context.connect(step.connection())) {
                String status = record.get().status(c);
                if ("aborted".equals(status)) {
                    return ResumeSafety.safe("its transaction " + record.get().xid() + " was rolled back: nothing of it remains");
                }
                if ("committed".equals(status)) {
                    return ResumeSafety.safe("its transaction " + record.get().xid()
                            + " committed: the step is recorded as done, not run again");
                }
                return ResumeSafety.unsafe("its transaction " + record.get().xid() + " is "
                        + (status == null ? "unknown to the server" : status + " on the server")
                        + "; wait until the server has ended it");
            }
        } catch (IOException | SQLException e) {
            return ResumeSafety.unsafe("cannot tell whether its transaction committed: " + e.getMessage());
        }
    }

    private static ScriptListener listener(StepContext context) {
        return new ScriptListener() {
            @Override
            public void output(String line) {
                context.output(line);
            }

            @Override
            public void notice(ScriptNotice notice) {
                context.output(notice.toString());
            }

            @Override
            public void progress(ScriptProgress p) {
                context.progress(new Progress(p.statementsExecuted(), "statements", p.bytesRead(), p.bytesTotal()));
            }
        };
    }
}
