package dev.planrun.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.model.Position;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.Fixtures;
import dev.planrun.sql.ScriptListener;
import dev.planrun.sql.ScriptNotice;
import dev.planrun.sql.ScriptOptions;
import dev.planrun.sql.ScriptProgress;
import dev.planrun.sql.ScriptResult;
import dev.planrun.sql.SqlScript;
import dev.planrun.testkit.FreshDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a run reports while it runs: notices where they were raised, timing, progress. */
@ExtendWith(FreshDatabaseExtension.class)
class ListenerIT {

    @TempDir
    Path dir;

    private final List<ScriptNotice> notices = new ArrayList<>();
    private final List<ScriptProgress> progress = new ArrayList<>();
    private final List<String> output = new ArrayList<>();
    private final ScriptListener listener = new ScriptListener() {
        @Override
        public void output(String line) {
            output.add(line);
        }

        @Override
        public void notice(ScriptNotice notice) {
            notices.add(notice);
        }

        @Override
        public void progress(ScriptProgress p) {
            progress.add(p);
        }
    };

    @Test
    void reportsNoticesTimingAndProgress(DatabaseTarget db) throws Exception {
        Path file = dir.resolve("n.sql");
        Files.writeString(file, """
                create table n (a int);
                do $$ begin
                  raise notice 'checked % rows', 3;
                  raise warning 'careful';
                end $$;
                \\timing on
                insert into n values (1);
                \\timing off
                drop table if exists not_there;
                """);
        ScriptResult r = Fixtures.planrun(db, SqlScript.file(file), ScriptOptions.defaults(), listener);
        assertThat(r.succeeded()).isTrue();
        assertThat(notices).extracting(ScriptNotice::toString).containsExactly(
                file + ":2: NOTICE:  checked 3 rows",
                file + ":2: WARNING:  careful",
                file + ":9: NOTICE:  table \"not_there\" does not exist, skipping");
        assertThat(notices.get(0).position()).isEqualTo(Position.of(file.toString(), 2, 1));
        assertThat(output).hasSize(3);
        assertThat(output.get(0)).isEqualTo("Timing is on.");
        assertThat(output.get(1)).matches("Time: \\d+\\.\\d{3} ms");
        assertThat(output.get(2)).isEqualTo("Timing is off.");
        ScriptProgress last = progress.get(progress.size() - 1);
        assertThat(last).isEqualTo(new ScriptProgress(4, Files.size(file), Files.size(file)));
    }

    @Test
    void runsInlineTextWithIncludesFromTheWorkingDirectory(DatabaseTarget db) throws Exception {
        Files.writeString(dir.resolve("part.sql"), "select :'WHO' as who;\n");
        SqlScript inline = SqlScript.inline("step greet", "\\set WHO planrun\n\\i part.sql\n\\echo -n done\n", dir);
        ScriptResult r = Fixtures.planrun(db, inline, ScriptOptions.defaults(), listener);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo("   who   \n---------\n planrun\n(1 row)\n\ndone\n");
        assertThat(r.committed()).isTrue();
    }
}
