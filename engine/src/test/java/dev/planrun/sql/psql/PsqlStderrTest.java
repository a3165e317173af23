package dev.planrun.sql.psql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psql's verbose messages, as psql 15 writes them. */
class PsqlStderrTest {

    private static List<PsqlMessage> parse(String stderr) {
        List<PsqlMessage> out = new ArrayList<>();
        PsqlStderr p = new PsqlStderr(out::add);
        stderr.lines().forEach(p::line);
        p.finish();
        return out;
    }

    @Test
    void readsNoticesAndErrorsWithTheirFields() {
        List<PsqlMessage> m = parse("""
                psql:e1.sql:4: NOTICE:  00000: multi
                line notice
                LOCATION:  exec_stmt_raise, pl_exec.c:3891
                psql:/tmp/dir/e1.sql:6: ERROR:  42703: column "physicalsizx" does not exist
                LINE 2: select physicalsizx
                               ^
                HINT:  Perhaps you meant to reference the column "pixels.physicalsizex".
                LOCATION:  errorMissingColumn, parse_relation.c:3665
                """);
        assertThat(m).hasSize(2);
        assertThat(m.get(0)).isEqualTo(new PsqlMessage("e1.sql", 4, "NOTICE", "00000", "multi\nline notice", null,
                null, null, 0, null, -1));
        PsqlMessage e = m.get(1);
        assertThat(e.isError()).isTrue();
        assertThat(e.file()).isEqualTo("/tmp/dir/e1.sql");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.sqlState()).isEqualTo("42703");
        assertThat(e.message()).isEqualTo("column \"physicalsizx\" does not exist");
        assertThat(e.hint()).isEqualTo("Perhaps you meant to reference the column \"pixels.physicalsizex\".");
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.lineText()).isEqualTo("select physicalsizx");
        assertThat(e.caret()).isEqualTo(7);
    }

    @Test
    void readsDetailsContextAndPsqlsOwnErrors() {
        List<PsqlMessage> m = parse("""
                psql:e2.sql:1: ERROR:  23505: duplicate key value violates unique constraint "e1_pkey"
                DETAIL:  Key (id)=(1) already exists.
                SCHEMA NAME:  public
                CONTEXT:  SQL statement "insert"
                PL/pgSQL function f() line 3 at SQL statement
                LOCATION:  _bt_check_unique, nbtinsert.c:664
                psql:e3.sql:1: error: nosuch.sql: No such file or directory
                psql: error: connection to server at "127.0.0.1", port 1 failed: Connection refused
                	Is the server running on that host and accepting TCP/IP connections?
                """);
        assertThat(m).hasSize(3);
        assertThat(m.get(0).detail()).isEqualTo("Key (id)=(1) already exists.");
        assertThat(m.get(0).context()).isEqualTo("SQL statement \"insert\"\nPL/pgSQL function f() line 3 at SQL statement");
        assertThat(m.get(1)).isEqualTo(new PsqlMessage("e3.sql", 1, "error", null,
                "nosuch.sql: No such file or directory", null, null, null, 0, null, -1));
        assertThat(m.get(2).file()).isNull();
        assertThat(m.get(2).message()).startsWith("connection to server").contains("accepting TCP/IP connections?");
    }
}
