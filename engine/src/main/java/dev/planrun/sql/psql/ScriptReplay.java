package dev.planrun.sql.psql;

import dev.planrun.model.Position;
import dev.planrun.sql.ScriptError;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.parse.LineColumn;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.parse.TransactionControl;
import dev.planrun.sql.script.CommitRule;
import dev.planrun.sql.script.CopyDataLine;
import dev.planrun.sql.script.Located;
import dev.planrun.sql.script.PsqlVariables;
import dev.planrun.sql.script.ScriptCursor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What psql did, told from the script: psql reports neither how many statements it ran nor where
 * a failing statement starts, so the script is walked again up to the statement psql names (by
 * file and the line it was reading), counting statements and following the transactions.
 */
final class ScriptReplay {

    /** How many statements ran, whether something was committed, and the error located in the script. */
    record Outcome(long executed, boolean committed, ScriptError error) {
    }

    private final SqlScript script;
    private final Path ranFile;
    private final ScriptOptions options;
    private final boolean wrapped;

    /** @param ranFile the file psql was given (a temporary copy for inline text) */
    ScriptReplay(SqlScript script, Path ranFile, ScriptOptions options, boolean wrapped) {
        this.script = script;
        this.ranFile = ranFile;
        this.options = options;
        this.wrapped = wrapped;
    }

    /** @param failure psql's error message, or null when psql succeeded */
    Outcome replay(PsqlMessage failure) throws IOException {
        Path failedIn = failure == null || failure.file() == null ? null
                : script.workingDirectory().resolve(failure.file()).toAbsolutePath().normalize();
        List<Candidate> sameLine = new ArrayList<>();
        int sameLineEnd = -1;
        long count = 0;
        boolean open = false;
        boolean committed = false;
        try (ScriptCursor cursor = new ScriptCursor(script, new PsqlVariables(options.variables()), true, false)) {
            for (Located at; (at = cursor.next()) != null; ) {
                SqlStatement s = Located.statementOf(at.item());
                if (s == null) {
                    continue;
                }
                if (failedIn != null && failedIn.equals(path(at))) {
                    int end = s.end().line();
                    if (end > failure.line() && !sameLine.isEmpty()) {
                        break;
                    }
                    if (end <= failure.line() && end != sameLineEnd) {
                        sameLine.clear();
                        sameLineEnd = end;
                    }
                    if (end == sameLineEnd) {
                        sameLine.add(new Candidate(at, count, committed));
                    }
                }
                count++;
                TransactionControl c = s.traits().control();
                if (c == TransactionControl.BEGIN) {
                    open = true;
                } else if (open && (CommitRule.commitsOpenTransaction(s.traits()) || c == TransactionControl.ROLLBACK)) {
                    committed |= c != TransactionControl.ROLLBACK;
                    open = false;
                } else if (!open && !wrapped) {
                    committed |= CommitRule.commitsInAutocommit(s.traits());
                }
            }
        }
        if (failure == null) {
            return new Outcome(count, wrapped ? count > 0 : committed, null);
        }
        Candidate failing = choose(sameLine, failure);
        if (failing == null) {
            return new Outcome(count, false, error(failure, null, null));
        }
        return new Outcome(failing.executedBefore(), !wrapped && failing.committedBefore(),
                error(failure, failing.at(), Located.statementOf(failing.at().item())));
    }

    /** A statement psql may have failed on, with what had happened before it. */
    private record Candidate(Located at, long executedBefore, boolean committedBefore) {
    }

    private Path path(Located at) {
        return at.file().path() == null ? ranFile : at.file().path();
    }

    /** Of the statements that ended on psql's line, the one whose text shows psql's {@code LINE} excerpt. */
    private static Candidate choose(List<Candidate> candidates, PsqlMessage failure) {
        if (candidates.isEmpty()) {
            return null;
        }
        String excerpt = failure.lineText() == null ? null : stripDots(failure.lineText());
        for (Candidate c : candidates) {
            if (excerpt != null && (Located.statementOf(c.at().item()).text() + ";").contains(excerpt)) {
                return c;
            }
        }
        return candidates.get(0);
    }

    private ScriptError error(PsqlMessage m, Located at, SqlStatement s) {
        Position position;
        if (s == null) {
            String file = m.file() == null ? script.name() : m.file();
            position = Position.of(ranFile.toString().equals(file) ? script.name() : file, m.line(), 0);
        } else {
            position = at.position(CopyDataLine.locate(s, m.context()).orElseGet(() -> locate(m, s)));
        }
        return new ScriptError(position, m.sqlState(), m.message(), m.detail(), m.hint(), m.context(),
                s == null ? null : s.excerpt(200));
    }

    /** The statement position of psql's {@code LINE n:} and caret, mapped back to the script. */
    private static LineColumn locate(PsqlMessage m, SqlStatement s) {
        String text = s.text();
        if (m.lineNumber() <= 0) {
            return s.keywordStart();
        }
        int start = 0;
        for (int n = 1; n < m.lineNumber(); n++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return s.keywordStart();
            }
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        int column = Math.max(m.caret(), 0);
        if (m.lineText().startsWith("...")) {
            int shown = line.indexOf(stripDots(m.lineText()));
            column = shown < 0 ? 0 : shown + column - 3;
        }
        return s.positions().locate(text, start + Math.max(0, Math.min(column, line.length())));
    }

    private static String stripDots(String shown) {
        String s = shown.startsWith("...") ? shown.substring(3) : shown;
        return s.endsWith("...") ? s.substring(0, s.length() - 3) : s;
    }
}
