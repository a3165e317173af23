package dev.planrun.sql.jdbc;

import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.TransactionDecision;
import dev.planrun.sql.parse.CopyFromStdin;
import dev.planrun.sql.parse.MetaCommand;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.script.Located;
import dev.planrun.sql.script.MetaCommands;
import dev.planrun.sql.script.ScriptCursor;
import java.io.IOException;
import java.util.List;
import org.postgresql.core.TransactionState;

/** The item-by-item loop of a run: statements (batched where safe), COPY, meta-commands. */
final class ScriptExecution {

    private final Session session;
    private final ScriptOptions options;
    private final TransactionDecision decision;
    private final ProgressThrottle progress;
    private final StatementRunner single;
    private final StatementBatch batch;
    private final CopyRunner copy;
    private Located last;

    ScriptExecution(Session session, ScriptOptions options, TransactionDecision decision, ProgressThrottle progress) {
        this.session = session;
        this.options = options;
        this.decision = decision;
        this.progress = progress;
        this.single = new StatementRunner(session);
        this.batch = new StatementBatch(session, single);
        this.copy = new CopyRunner(session);
    }

    void run(ScriptCursor cursor) throws StatementFailure, IOException {
        for (Located at; (at = cursor.next()) != null; ) {
            if (at.item() instanceof SqlStatement s) {
                last = at;
                if (batchable(s)) {
                    batch.add(at);
                } else {
                    batch.flush();
                    if (s.traits().copyToStdout()) {
                        copy.copyOut(at, s);
                    } else {
                        single.run(at, s);
                    }
                }
            } else if (at.item() instanceof CopyFromStdin c) {
                last = at;
                batch.flush();
                copy.copyIn(at, c);
            } else {
                batch.flush();
                meta(at, (MetaCommand) at.item(), cursor);
            }
            progress.update(session.executed, cursor.bytesRead());
        }
        batch.flush();
    }

    /** The last statement run (where a failure of the final commit is reported), or null. */
    Located lastStatement() {
        return last;
    }

    private boolean batchable(SqlStatement s) {
        return options.batching() && !session.timing && s.traits().batchable()
                && (decision.wrapped() || session.state() == TransactionState.OPEN);
    }

    /** {@code \echo}, {@code \qecho}, {@code \timing}; the cursor already did the rest. */
    private void meta(Located at, MetaCommand m, ScriptCursor cursor) {
        List<String> args = m.arguments();
        switch (m.name()) {
            case "echo", "qecho" -> {
                boolean newline = args.isEmpty() || !args.get(0).equals("-n");
                session.output.text(String.join(" ", newline ? args : args.subList(1, args.size()))
                        + (newline ? "\n" : ""));
            }
            case "timing" -> {
                session.timing = args.isEmpty() ? !session.timing : isOn(args.get(0), session.timing);
                session.output.line(session.timing ? "Timing is on." : "Timing is off.");
            }
            case "set" -> {
                if (args.isEmpty()) {
                    cursor.variables().all().forEach((k, v) -> session.output.line(k + " = '" + v + "'"));
                }
            }
            default -> {
                if (!MetaCommands.isSupported(m.name())) {
                    throw new IllegalStateException("inspection lets no unsupported meta-command through: "
                            + m.written() + " at " + at.position());
                }
            }
        }
    }

    /** psql's boolean words for {@code \timing on|off}. */
    private static boolean isOn(String value, boolean current) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> current;
        };
    }
}
