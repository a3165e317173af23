package dev.planrun.sql.script;

import dev.planrun.model.Position;
import dev.planrun.problem.Problem;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.parse.CopyFromStdin;
import dev.planrun.sql.parse.MetaCommand;
import dev.planrun.sql.parse.SqlStatement;
import dev.planrun.sql.parse.StatementTraits;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole script (and what it includes) without connecting anywhere: counts, the files
 * with their hashes, the meta-commands, the transaction decision, and every problem that would
 * stop it. Runners inspect before they run, so that an unsupported meta-command at the end of a
 * script stops it before its first statement.
 */
public final class ScriptInspector {

    private static final int EXAMPLES = 3;

    private final boolean hashFiles;
    private final boolean psqlPerformsMetaCommands;

    /**
     * @param hashFiles                whether to compute each file's SHA-256 (the review needs
     *                                 them, a run does not)
     * @param psqlPerformsMetaCommands true when psql itself will run the script
     *                                 ({@code client: psql}): every meta-command is then psql's
     *                                 business, none is refused
     */
    public ScriptInspector(boolean hashFiles, boolean psqlPerformsMetaCommands) {
        this.hashFiles = hashFiles;
        this.psqlPerformsMetaCommands = psqlPerformsMetaCommands;
    }

    /** Inspects for planrun's own runner, with file hashes. */
    public ScriptInspector() {
        this(true, false);
    }

    public ScriptInspection inspect(SqlScript script, ScriptOptions options) {
        List<Problem> problems = new ArrayList<>();
        List<TransactionPlanner.Found> control = new ArrayList<>();
        List<TransactionPlanner.Found> outside = new ArrayList<>();
        Map<String, Integer> meta = new LinkedHashMap<>();
        long statements = 0;
        long copies = 0;
        List<FileInfo> files = List.of();
        long bytes = 0;
        Problem missing = null;
        ScriptCursor cursor = null;
        try {
            cursor = new ScriptCursor(script, new PsqlVariables(options.variables()), true, hashFiles);
            for (Located at; (at = cursor.next()) != null; ) {
                if (at.item() instanceof MetaCommand m) {
                    meta.merge("\\" + m.name(), 1, Integer::sum);
                    if (!psqlPerformsMetaCommands) {
                        check(m, at, problems);
                    }
                    continue;
                }
                SqlStatement s = at.item() instanceof CopyFromStdin c ? c.statement() : (SqlStatement) at.item();
                copies += at.item() instanceof CopyFromStdin ? 1 : 0;
                statements++;
                StatementTraits traits = s.traits();
                Position where = at.position(s.keywordStart());
                if (traits.control().startsOrEnds() && control.size() < EXAMPLES) {
                    control.add(new TransactionPlanner.Found(traits.firstWord(), where));
                }
                if (traits.outsideTransaction() && outside.size() < EXAMPLES) {
                    outside.add(new TransactionPlanner.Found(String.join(" ", traits.leadingWords()), where));
                }
            }
        } catch (ScriptReadException e) {
            problems.add(Problem.error(e.position(), e.getMessage()));
            if (e.getCause() instanceof NoSuchFileException) {
                missing = problems.get(problems.size() - 1);
            }
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(script.name(), 0, 0), "cannot read the script: " + e.getMessage()));
        } finally {
            if (cursor != null) {
                files = mainFirst(cursor.files(), script.name());
                bytes = cursor.bytesRead();
                close(cursor);
            }
        }
        TransactionPlanner.Plan plan = TransactionPlanner.decide(options.transaction(), control, outside);
        plan.problem().ifPresent(problems::add);
        return new ScriptInspection(files, bytes, statements, copies, meta, plan.decision(), problems,
                missing);
    }

    private static void check(MetaCommand m, Located at, List<Problem> problems) {
        if (!MetaCommands.isSupported(m.name())) {
            problems.add(Problem.error(at.position(), "unsupported psql meta-command " + m.written()
                    + " (planrun performs \\set, \\unset, \\i, \\ir, \\echo, \\qecho, \\timing and \\q)"));
        } else if (m.shellCommand()) {
            problems.add(Problem.error(at.position(), "back-quoted shell command in " + m.written()
                    + ": planrun does not run shell commands from scripts"));
        }
    }

    /** The script's own file first: it ends last, after the files it includes. */
    private static List<FileInfo> mainFirst(List<FileInfo> ended, String name) {
        List<FileInfo> ordered = new ArrayList<>();
        if (!ended.isEmpty() && ended.get(ended.size() - 1).name().equals(name)) {
            ordered.add(ended.get(ended.size() - 1));
            ordered.addAll(ended.subList(0, ended.size() - 1));
            return ordered;
        }
        return ended;
    }

    private static void close(ScriptCursor cursor) {
        try {
            cursor.close();
        } catch (IOException e) {
            // nothing was written; a file that cannot be closed after reading changes nothing
        }
    }
}
