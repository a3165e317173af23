package dev.planrun.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.planrun.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile input: always problems with a position and a message, never an exception or a plan. */
class HostileInputTest {

    private static final String VALID = "planrun: 1\nid: ok\nsteps:\n  - {id: a, type: manual, instructions: x}\n";

    @TempDir
    Path dir;

    private final PlanLoader loader = new PlanLoader();

    private Problem only(LoadResult r) {
        assertThat(r.plan()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.message()).doesNotContain("Exception", "org.yaml", "com.fasterxml", "java.");
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void emptyFile() throws IOException {
        Problem p = only(loader.load(write("empty.yaml", "")));
        assertThat(p.toString()).endsWith("empty.yaml:1:1: error: the plan file is empty; a plan starts with `planrun: 1`");
    }

    @Test
    void onlyComments() throws IOException {
        assertThat(only(loader.load(write("c.yaml", "# nothing\n\n"))).message()).startsWith("the plan file is empty");
    }

    @Test
    void documentThatIsNotAMapping() throws IOException {
        assertThat(only(loader.load(write("s.yaml", "just a string\n"))).message())
                .isEqualTo("a plan is a mapping of keys (planrun: 1, id, steps, ...), got a string");
        assertThat(only(loader.load(write("n.yaml", "42\n"))).message()).endsWith("got a number (42)");
    }

    @Test
    void tabsForIndentation() throws IOException {
        Problem p = only(loader.load(write("t.yaml", "planrun: 1\nid: t\nsteps:\n\t- id: a\n")));
        assertThat(p.position().line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("a tab is used for indentation; YAML indents with spaces only");
    }

    @Test
    void invalidUtf8IsReportedWithLineAndByteOffset() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "planrun: 1\nid: x\ntitle: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        Problem p = only(loader.load(f));
        assertThat(p.position().line()).isEqualTo(3);
        assertThat(p.position().column()).isEqualTo(12);
        assertThat(p.message()).isEqualTo("the file is not valid UTF-8: byte 0xE9 at offset 28; save the plan as UTF-8");
    }

    @Test
    void aliasBombIsRefusedWithoutExpanding() throws IOException {
        StringBuilder bomb = new StringBuilder("planrun: 1\nid: bomb\nx-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append("x-").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
        }
        bomb.append("steps:\n  - {id: a, type: manual, instructions: *j}\n");
        Problem p = only(loader.load(write("bomb.yaml", bomb.toString())));
        assertThat(p.position().line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("YAML aliases (*a) are not supported in plan files; write the value out");
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(VALID.getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(only(loader.load(big)).message()).isEqualTo("plan file too large (50 MB; limit 16 MB)");
        assertThat(only(loader.load("big.yaml", "#".repeat(17 * 1024 * 1024), null)).message())
                .isEqualTo("plan file too large (17 MB; limit 16 MB)");
    }

    @Test
    void aPlanJustUnderTheLimitLoads() throws IOException {
        Path f = dir.resolve("nine.yaml");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write(VALID);
            String comment = "#" + "-".repeat(98) + "\n";
            for (int i = 0; i < 15 * 1024 * 1024 / 100; i++) {
                w.write(comment);
            }
            w.write("title: \"" + "t".repeat(100_000) + "\"\n");
        }
        LoadResult r = loader.load(f);
        assertThat(r.problems()).isEmpty();
        assertThat(r.plan().orElseThrow().title()).hasSize(100_000);
    }

    @Test
    void deepNestingIsRefusedWithItsPosition() throws IOException {
        Problem flow = only(loader.load(write("deep.yaml", "planrun: 1\nx-deep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")));
        assertThat(flow.message()).isEqualTo("the YAML is nested more than 64 levels deep here; a plan needs far fewer");
        assertThat(flow.position().line()).isEqualTo(2);

        StringBuilder block = new StringBuilder("planrun: 1\n");
        for (int i = 0; i < 200; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(only(loader.load(write("deep2.yaml", block.toString()))).message()).contains("nested more than 64");
    }

    @Test
    void directoryInsteadOfAFile() {
        Problem p = only(loader.load(dir));
        assertThat(p.toString()).isEqualTo(dir + ": error: this is a directory; give the path of a plan file");
    }

    @Test
    void fileThatDoesNotExist() {
        Path missing = dir.resolve("missing.yaml");
        assertThat(only(loader.load(missing)).toString()).isEqualTo(missing + ": error: no such file");
    }

    @Test
    void anEmptyFileNameIsNamedAsGiven() {
        assertThat(only(loader.load(Path.of(""))).toString())
                .isEqualTo("'': error: no such file (an empty file name); give the path of a plan file");
    }

    @Test
    void aSymbolicLinkLoopIsCalledOne() throws IOException {
        Path one = dir.resolve("one.yaml");
        Path two = dir.resolve("two.yaml");
        Files.createSymbolicLink(one, two.getFileName());
        Files.createSymbolicLink(two, one.getFileName());
        assertThat(only(loader.load(one)).toString()).isEqualTo(one
                + ": error: a symbolic link loop (too many levels of symbolic links); give the path of a plan file");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("gone.yaml"));
        assertThat(only(loader.load(dangling)).toString()).isEqualTo(dangling + ": error: no such file");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = write("secret.yaml", VALID);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as a user who reads everything (root)");
        assertThat(only(loader.load(f)).message()).isEqualTo("cannot read the file: permission denied");
    }

    @Test
    void multipleDocuments() throws IOException {
        Problem p = only(loader.load(write("two.yaml", VALID + "---\n" + VALID)));
        assertThat(p.position().line()).isEqualTo(6);
        assertThat(p.message()).startsWith("a plan file holds one YAML document");
        // a trailing document marker with nothing after it is a second (empty) document too
        assertThat(only(loader.load(write("trail.yaml", VALID + "---\n"))).message()).startsWith("a plan file holds one YAML document");
    }

    @Test
    void controlCharactersAndBrokenSyntaxAreMessagesNotStackTraces() throws IOException {
        for (String text : new String[]{"planrun: 1\nid: \u0000\n", "{planrun: 1", "planrun: [1\n", "? [a]\n: 1\n",
                "planrun: 1\n  id: x\n", "'unclosed\n", "planrun: 1\nid: x\n- y\n", "!!python/object:os.system x\n",
                "planrun: 1\n&a id: x\n", "%YAML 9.9\n---\nplanrun: 1\n", "@at\n"}) {
            LoadResult r = loader.load(write("broken.yaml", text));
            assertThat(r.plan()).as(text).isEmpty();
            assertThat(r.problems()).as(text).isNotEmpty().allSatisfy(p -> {
                assertThat(p.position().line()).isPositive();
                assertThat(p.message()).doesNotContain("Exception", "org.yaml", "com.fasterxml", "java.", "\n");
            });
        }
    }
}
