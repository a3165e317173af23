package dev.planrun.sql.script;

import dev.planrun.problem.Problem;
import dev.planrun.sql.TransactionDecision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a script will do, found without a connection: the dry-run view of a sql step.
 *
 * @param files        the script first, then each file it includes (name, size, SHA-256)
 * @param bytes        bytes of all of them (an included file counts each time it is included)
 * @param statements   SQL statements, {@code COPY} included
 * @param copyBlocks   {@code COPY ... FROM stdin} data blocks
 * @param metaCommands psql meta-commands used, with how often, in order of first use
 * @param transaction  how transactions will be handled, and why
 * @param problems     what stops the script from running (an unsupported meta-command, a
 *                     missing included file, ...), with file, line and column
 * @param missingFile  the problem among {@code problems} that a file of the script (the script
 *                     itself or one it includes) does not exist, where the inspection stopped;
 *                     null when every file it came to exists
 */
public record ScriptInspection(List<FileInfo> files, long bytes, long statements, long copyBlocks,
                               Map<String, Integer> metaCommands, TransactionDecision transaction,
                               List<Problem> problems, Problem missingFile) {

    public ScriptInspection {
        files = List.copyOf(files);
        metaCommands = Collections.unmodifiableMap(new LinkedHashMap<>(metaCommands));
        problems = List.copyOf(problems);
    }

    /** The script's own file (or inline text); empty when it could not be read to its end. */
    public java.util.Optional<FileInfo> script() {
        return files.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(files.get(0));
    }

    /**
     * The problems of the script as written: every problem but a missing file. A file that does
     * not exist now may be made by an earlier step; what the script says is wrong in any case.
     */
    public List<Problem> refusals() {
        return problems.stream().filter(p -> p != missingFile).toList();
    }

    /** True when the script can run: no error among the problems. */
    public boolean runnable() {
        return !Problem.anyError(problems);
    }
}
