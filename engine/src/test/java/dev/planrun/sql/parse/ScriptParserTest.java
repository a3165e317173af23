package dev.planrun.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the corpus does not show: traits, position mapping, streaming. */
class ScriptParserTest {

    private static List<ScriptItem> parse(String script, Map<String, String> vars) throws IOException {
        List<ScriptItem> items = new ArrayList<>();
        try (ScriptParser p = ScriptParser.of(script, vars::get)) {
            for (ScriptItem i; (i = p.next()) != null; ) {
                items.add(i);
            }
        }
        return items;
    }

    private static SqlStatement only(String script) throws IOException {
        List<ScriptItem> items = parse(script, Map.of());
        assertThat(items).hasSize(1);
        return (SqlStatement) items.get(0);
    }

    @Test
    void classifiesTransactionControl() throws IOException {
        assertThat(only("begin;").traits().control()).isEqualTo(TransactionControl.BEGIN);
        assertThat(only("Start Transaction;").traits().control()).isEqualTo(TransactionControl.BEGIN);
        assertThat(only("commit;").traits().control()).isEqualTo(TransactionControl.COMMIT);
        assertThat(only("end work;").traits().control()).isEqualTo(TransactionControl.COMMIT);
        assertThat(only("rollback;").traits().control()).isEqualTo(TransactionControl.ROLLBACK);
        assertThat(only("abort;").traits().control()).isEqualTo(TransactionControl.ROLLBACK);
        assertThat(only("rollback to savepoint a;").traits().control()).isEqualTo(TransactionControl.SAVEPOINT);
        assertThat(only("prepare transaction 'x';").traits().control()).isEqualTo(TransactionControl.PREPARE);
        assertThat(only("commit prepared 'x';").traits().control()).isEqualTo(TransactionControl.FINISH_PREPARED);
        assertThat(only("prepare p as select 1;").traits().control()).isEqualTo(TransactionControl.NONE);
        assertThat(only("create function f() returns int language sql begin atomic select 1; end;")
                .traits().control()).isEqualTo(TransactionControl.NONE);
    }

    @Test
    void batchesOnlyStatementsThatReturnNothingAndMayRunInATransaction() throws IOException {
        assertThat(only("insert into t values (1);").traits().batchable()).isTrue();
        assertThat(only("CREATE TABLE t (a int);").traits().batchable()).isTrue();
        assertThat(only("insert into t values (1) returning a;").traits().batchable()).isFalse();
        assertThat(only("select 1;").traits().batchable()).isFalse();
        assertThat(only("(select 1);").traits().batchable()).isFalse();
        assertThat(only("create index concurrently i on t (a);").traits().batchable()).isFalse();
        assertThat(only("create index concurrently i on t (a);").traits().outsideTransaction()).isTrue();
        assertThat(only("vacuum;").traits().outsideTransaction()).isTrue();
        assertThat(only("create database x;").traits().outsideTransaction()).isTrue();
        assertThat(only("alter database x set search_path = a;").traits().batchable()).isFalse();
        assertThat(only("refresh materialized view concurrently v;").traits().outsideTransaction()).isFalse();
    }

    @Test
    void recognisesCopyDirections() throws IOException {
        assertThat(only("copy t to stdout;").traits().copyToStdout()).isTrue();
        assertThat(only("copy t from '/x';").traits().copyFromStdin()).isFalse();
        assertThat(parse("copy t (a) from stdin with (format csv);\n\\.\n", Map.of()).get(0))
                .isInstanceOf(CopyFromStdin.class);
        assertThat(only("select 'copy t from stdin';").traits().copyFromStdin()).isFalse();
    }

    @Test
    void mapsServerPositionsBackToTheScript() throws IOException {
        String script = "select 1;\n\n  select a,\n         nope\n    from t;";
        SqlStatement s = (SqlStatement) parse(script, Map.of()).get(1);
        int position = s.text().indexOf("nope") + 1;
        assertThat(s.locate(position)).isEqualTo(new LineColumn(4, 10));
        assertThat(s.locate(0)).isEqualTo(new LineColumn(3, 3));
    }

    @Test
    void countsPositionsInCharactersNotUtf16Units() throws IOException {
        SqlStatement s = only("select '😀µ', nope;");
        int position = s.text().codePointCount(0, s.text().indexOf("nope")) + 1;
        assertThat(s.locate(position)).isEqualTo(new LineColumn(1, 14));
    }

    @Test
    void mapsPositionsInsideAndAfterSubstitutedValues() throws IOException {
        Map<String, String> vars = new HashMap<>();
        vars.put("LONG", "'a much longer value than the reference'");
        vars.put("NAME", "x");
        SqlStatement s = (SqlStatement) parse("select :LONG,\n :'NAME', bad", vars).get(0);
        assertThat(s.text()).isEqualTo("select 'a much longer value than the reference',\n 'x', bad");
        assertThat(s.locate(s.text().indexOf("much") + 1)).isEqualTo(new LineColumn(1, 8));
        assertThat(s.locate(s.text().indexOf("bad") + 1)).isEqualTo(new LineColumn(2, 11));
    }

    @Test
    void mapsPositionsAfterAMetaCommandInsideAStatement() throws IOException {
        List<ScriptItem> items = parse("select 1,\n\\echo hi\n  nope;", Map.of());
        SqlStatement s = (SqlStatement) items.get(1);
        assertThat(s.text()).isEqualTo("select 1,\n  nope");
        assertThat(s.locate(s.text().indexOf("nope") + 1)).isEqualTo(new LineColumn(3, 3));
    }

    @Test
    void streamsCopyDataWithoutHoldingIt() throws IOException {
        long rows = 200_000;
        InputStream script = new GeneratedCopyScript(rows);
        long chars = 0;
        int items = 0;
        try (ScriptParser p = new ScriptParser(script, VariableLookup.NONE, true)) {
            for (ScriptItem i; (i = p.next()) != null; items++) {
                if (i instanceof CopyFromStdin c) {
                    byte[] buf = new byte[65536];
                    for (int n; (n = c.data().read(buf)) >= 0; ) {
                        chars += n;
                    }
                } else {
                    assertThat(((SqlStatement) i).text()).isEqualTo("select 'done'");
                    assertThat(i.start().line()).isEqualTo(rows + 3);
                }
            }
        }
        assertThat(items).isEqualTo(2);
        assertThat(chars).isEqualTo(GeneratedCopyScript.ROW.length() * rows);
    }

    @Test
    void skipsUnreadCopyData() throws IOException {
        List<ScriptItem> items = parse("copy t from stdin;\n1\n2\n\\.\nselect 2;", Map.of());
        assertThat(items).hasSize(2);
        assertThat(((SqlStatement) items.get(1)).text()).isEqualTo("select 2");
    }

    /** {@code COPY t FROM stdin;}, many rows, {@code \.}, one statement: generated, never held whole. */
    private static final class GeneratedCopyScript extends InputStream {
        static final String ROW = "12345\tsome text; with 'quotes' and $$\n";
        private final byte[] head = "copy t from stdin;\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] tail = "\\.\nselect 'done';\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] rowBytes = ROW.getBytes(StandardCharsets.UTF_8);
        private final long rows;
        private long row = -1;
        private byte[] current = head;
        private int index;

        GeneratedCopyScript(long rows) {
            this.rows = rows;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (current == null) {
                return -1;
            }
            int n = Math.min(len, current.length - index);
            System.arraycopy(current, index, b, off, n);
            index += n;
            if (index == current.length) {
                index = 0;
                row++;
                current = row < rows ? rowBytes : row == rows ? tail : null;
            }
            return n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }
}
