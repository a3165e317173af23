package dev.planrun.sql.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRecorderTest {

    @Test
    void completesPartialLinesAndForwardsEveryLine() {
        List<String> lines = new ArrayList<>();
        OutputRecorder r = new OutputRecorder(1024, lines::add);
        r.text("a");
        r.text("b\nc\n");
        r.text("d");
        r.line("e");
        r.finish();
        assertThat(lines).containsExactly("ab", "c", "de");
        assertThat(r.text()).isEqualTo("ab\nc\nde\n");
    }

    @Test
    void keepsTheStartAndTheEndOfLongOutput() {
        List<String> lines = new ArrayList<>();
        OutputRecorder r = new OutputRecorder(2000, lines::add);
        for (int i = 0; i < 1000; i++) {
            r.line("line " + i);
        }
        r.line("YOU HAVE SUCCESSFULLY UPGRADED");
        assertThat(lines).hasSize(1001);
        String text = r.text();
        assertThat(text).startsWith("line 0\nline 1\n").endsWith("line 999\nYOU HAVE SUCCESSFULLY UPGRADED\n")
                .containsPattern("\\.\\.\\. \\(\\d+ lines of output not kept\\) \\.\\.\\.");
        assertThat(text.length()).isLessThan(2100);
    }
}
