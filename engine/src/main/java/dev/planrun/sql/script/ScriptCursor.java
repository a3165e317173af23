package dev.planrun.sql.script;

import dev.planrun.model.Position;
import dev.planrun.sql.SqlScript;
import dev.planrun.sql.parse.MetaCommand;
import dev.planrun.sql.parse.NotUtf8Exception;
import dev.planrun.sql.parse.ScriptItem;
import dev.planrun.sql.parse.ScriptParser;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks a script item by item across the files it includes, as psql does: {@code \i} and
 * {@code \include} read a file relative to the working directory, {@code \ir} and
 * {@code \include_relative} relative to the including file; {@code \set} and <code>&#92;unset</code>
 * change the variables; {@code \q} ends the script. Every item is returned (meta-commands
 * included, after they took effect). Reads UTF-8, counting the bytes read.
 */
public final class ScriptCursor implements Closeable {

    private static final int MAX_DEPTH = 32;
    private static final Set<String> INCLUDE = Set.of("i", "include");
    private static final Set<String> INCLUDE_RELATIVE = Set.of("ir", "include_relative");

    private final SqlScript script;
    private final PsqlVariables variables;
    private final boolean standardConformingStrings;
    private final boolean hashFiles;
    private final Deque<OpenFile> open = new ArrayDeque<>();
    private final List<FileInfo> files = new ArrayList<>();
    private long bytesRead;
    private boolean quit;

    /**
     * @param standardConformingStrings the server setting (see {@link ScriptParser})
     * @param hashFiles                 whether {@link #files()} carries each file's SHA-256
     * @throws ScriptReadException when the script file cannot be opened
     */
    public ScriptCursor(SqlScript script, PsqlVariables variables, boolean standardConformingStrings,
                        boolean hashFiles) throws ScriptReadException {
        this.script = script;
        this.variables = variables;
        this.standardConformingStrings = standardConformingStrings;
        this.hashFiles = hashFiles;
        ScriptFile top = new ScriptFile(script.name(), script.file(),
                script.isInline() ? script.workingDirectory() : script.file().getParent());
        open(top, null);
    }

    /** The next item, or null when the script (with everything it includes) has ended. */
    public Located next() throws IOException {
        while (!open.isEmpty() && !quit) {
            OpenFile f = open.peek();
            ScriptItem item;
            try {
                item = f.parser.next();
            } catch (NotUtf8Exception e) {
                throw new ScriptReadException(Position.of(f.file.name(), e.at().line(), e.at().column()),
                        f.file.name() + " is not UTF-8 text (the item starting at line " + e.at().line() + ")", e);
            }
            if (item == null) {
                files.add(new FileInfo(f.file.name(), f.bytes.count(), f.bytes.sha256()));
                open.pop().parser.close();
                continue;
            }
            Located located = new Located(f.file, item);
            if (item instanceof MetaCommand m) {
                perform(m, located);
            }
            return located;
        }
        return null;
    }

    private void perform(MetaCommand m, Located at) throws ScriptReadException {
        List<String> args = m.arguments();
        String name = m.name();
        if (name.equals("set") && !args.isEmpty()) {
            if (!PsqlVariables.isValidName(args.get(0))) {
                throw new ScriptReadException(at.position(), "\\set: invalid variable name \"" + args.get(0) + "\"", null);
            }
            variables.set(args.get(0), String.join("", args.subList(1, args.size())));
        } else if (name.equals("unset") && !args.isEmpty()) {
            variables.unset(args.get(0));
        } else if (name.equals("q") || name.equals("quit")) {
            quit = true;
        } else if (INCLUDE.contains(name) || INCLUDE_RELATIVE.contains(name)) {
            if (args.isEmpty()) {
                throw new ScriptReadException(at.position(), "\\" + name + ": missing the file name", null);
            }
            Path base = INCLUDE.contains(name) ? script.workingDirectory() : at.file().directory();
            Path path = base.resolve(args.get(0)).toAbsolutePath().normalize();
            if (open.size() >= MAX_DEPTH) {
                throw new ScriptReadException(at.position(), "\\" + name + " " + args.get(0)
                        + ": files include each other more than " + MAX_DEPTH + " deep", null);
            }
            open(new ScriptFile(path.toString(), path, path.getParent()), at);
        }
    }

    private void open(ScriptFile file, Located includedBy) throws ScriptReadException {
        InputStream in;
        try {
            in = file.path() == null
                    ? new ByteArrayInputStream(script.text().getBytes(StandardCharsets.UTF_8))
                    : Files.newInputStream(file.path());
        } catch (IOException e) {
            Position where = includedBy == null ? Position.of(file.name(), 0, 0) : includedBy.position();
            String why = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            throw new ScriptReadException(where, "cannot read " + file.name() + ": " + why, e);
        }
        CountingDigestStream bytes = new CountingDigestStream(in, n -> bytesRead += n, hashFiles);
        open.push(new OpenFile(file, bytes, new ScriptParser(bytes, variables, standardConformingStrings)));
    }

    /** Bytes of every file read so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The files read to their end so far, in the order they ended. */
    public List<FileInfo> files() {
        return List.copyOf(files);
    }

    /** The variables as they are now. */
    public PsqlVariables variables() {
        return variables;
    }

    @Override
    public void close() throws IOException {
        while (!open.isEmpty()) {
            open.pop().parser.close();
        }
    }

    private record OpenFile(ScriptFile file, CountingDigestStream bytes, ScriptParser parser) {
    }
}
