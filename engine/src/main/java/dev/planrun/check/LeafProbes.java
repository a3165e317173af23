package dev.planrun.check;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.Expect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Observes what leaf checks look at: a query's first value, a program's output, a file, a param. */
final class LeafProbes {

    /** A file's content is compared only up to this size. */
    static final int MAX_FILE_BYTES = 1 << 20;

    /** The check could not be evaluated; the message says why. */
    static final class NotEvaluated extends Exception {
        private static final long serialVersionUID = 1L;

        NotEvaluated(String why) {
            super(why);
        }
    }

    private final CheckContext context;

    LeafProbes(CheckContext context) {
        this.context = context;
    }

    /**
     * Runs the query in a READ ONLY transaction that is rolled back afterwards: a check can never
     * change the database, even when its query calls a function that writes.
     */
    Observation sql(SqlCheck check) throws NotEvaluated {
        try (Connection conn = context.connections().open(check.connection())) {
            conn.setReadOnly(true);
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("SET TRANSACTION READ ONLY");
                st.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, context.commandTimeout().toSeconds()));
                try (ResultSet rs = st.executeQuery(check.query())) {
                    String first = null;
                    int rows = 0;
                    while (rs.next()) {
                        if (rows == 0) {
                            Object v = rs.getObject(1);
                            first = v == null ? null : v instanceof Boolean ? v.toString() : rs.getString(1);
                        }
                        rows++;
                    }
                    return new Observation(first, rows > 0, null, rows);
                }
            } finally {
                conn.rollback();
            }
        } catch (SQLException e) {
            throw new NotEvaluated("the query failed: " + oneLine(e.getMessage()));
        }
    }

    Observation command(CommandCheck check) throws NotEvaluated {
        if (context.processes() == null) {
            throw new NotEvaluated("no program runner is available");
        }
        Path cwd = check.cwd() == null || check.cwd().isBlank() ? context.baseDir() : path(check.cwd());
        ProcessResult r;
        try {
            r = context.processes().run(check.run(), cwd, check.env(), context.commandTimeout(), null, line -> {
            });
        } catch (IOException e) {
            throw new NotEvaluated("could not run " + check.run().get(0) + ": " + oneLine(e.getMessage()));
        }
        if (r.timedOut()) {
            throw new NotEvaluated("the program did not finish within " + Durations.format(context.commandTimeout())
                    + " and was stopped");
        }
        String out = r.output() == null ? "" : r.output().strip();
        return new Observation(out, null, r.exitCode(), null);
    }

    Observation file(FileCheck check) throws NotEvaluated {
        Path p = path(check.path());
        boolean exists = Files.exists(p);
        if (!exists || !Files.isRegularFile(p) || !wantsValue(check.expect())) {
            return Observation.ofValue(null, exists);
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(MAX_FILE_BYTES);
            return Observation.ofValue(new String(head, StandardCharsets.UTF_8).strip(), true);
        } catch (IOException e) {
            throw new NotEvaluated("could not read " + p + ": " + oneLine(e.getMessage()));
        }
    }

    Observation param(ParamCheck check) throws NotEvaluated {
        Object value = context.scope().lookup(check.name()).orElse(null);
        if (value == null) {
            return Observation.ofValue(null, false);
        }
        String text = value instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return Observation.ofValue(text, !text.isEmpty());
    }

    static boolean wantsValue(Expect e) {
        return e != null && (e.equals() != null || e.matches() != null || e.atLeast() != null || e.atMost() != null);
    }

    Path path(String text) {
        return context.baseDir().resolve(text);
    }

    static String oneLine(String text) {
        return text == null ? "(no message)" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
