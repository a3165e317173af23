package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code plan --out FILE} and {@code apply FILE}: what was reviewed is applied, or nothing is. */
class ReviewedPlanCommandTest {

    private static final String SECRET = "pwRv42q9x";
    private static final Map<String, String> ENV = Map.of("SITE_PASS", SECRET);

    @TempDir
    Path dir;

    private Path plan;
    private Path target;
    private Path state;
    private Path reviewed;

    @BeforeEach
    void writePlan() throws IOException {
        target = dir.resolve("site");
        state = dir.resolve("state");
        reviewed = dir.resolve("reviewed.json");
        plan = writeSite(dir);
    }

    /**
     * A plan of three steps that install a release and its settings under {@code ${target}}, with
     * the files it reads beside it, in {@code dir}; its secret comes from {@code SITE_PASS}.
     */
    static Path writeSite(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("release"));
        Files.writeString(dir.resolve("release/index.html"), "<h1>2.0</h1>\n");
        Files.writeString(dir.resolve("site.properties"), "site.name=demo\n");
        return Files.writeString(dir.resolve("plan.yaml"), """
                planrun: 1
                id: site-2.0
                params:
                  target: {type: path, required: true}
                  greeting: {type: string, default: Hello}
                  password: {type: secret, env: SITE_PASS, required: true}
                steps:
                  - id: install
                    type: file-copy
                    from: ${plan.dir}/release
                    to: ${target}/releases/2.0
                  - id: settings
                    type: file-copy
                    needs: [install]
                    from: ${plan.dir}/site.properties
                    to: ${target}/releases/2.0/site.properties
                  - id: set-password
                    type: config-set
                    needs: [settings]
                    format: properties
                    file: ${target}/releases/2.0/site.properties
                    key: site.password
                    value: ${password}
                """);
    }

    private CliRun cli(Map<String, String> env, String... args) {
        return CliRun.run(env, dir, args);
    }

    private CliRun review(String... more) {
        String[] args = Stream.concat(Stream.of("plan", plan.toString(), "-p", "target=" + target, "--out",
                reviewed.toString()), Stream.of(more)).toArray(String[]::new);
        CliRun r = cli(ENV, args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private CliRun applyReviewed(String... more) {
        String[] args = Stream.concat(Stream.of("apply", reviewed.toString(), "--state-dir", state.toString()),
                Stream.of(more)).toArray(String[]::new);
        return cli(ENV, args);
    }

    @Test
    void anUnchangedReviewAppliesWithTheReviewedParamsAndTheRunNamesItsDigest() throws IOException {
        CliRun ticket = review("--format", "markdown");
        String digest = dev.planrun.reviewed.Digests.sha256(reviewed);
        assertThat(ticket.out()).contains("| Reviewed file sha256 | `" + digest + "`");
        assertThat(ticket.err()).contains("reviewed file " + reviewed + " written (sha256 " + digest + ")");
        String file = Files.readString(reviewed);
        assertThat(file).contains("\"format\" : \"planrun-reviewed/1\"").contains("\"target\" : \"" + target + "\"")
                .contains("\"secretParams\" : [ \"password\" ]").contains(dir.resolve("site.properties").toString());

        CliRun applied = applyReviewed("--yes");
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(target.resolve("releases/2.0/site.properties")).content().contains("site.password=" + SECRET);
        Path run;
        try (Stream<Path> runs = Files.list(state.resolve("runs/site-2.0"))) {
            run = runs.findFirst().orElseThrow();
        }
        assertThat(run.resolve("journal.jsonl")).content().contains("\"reviewedSha256\":\"" + digest + "\"");
        assertThat(run.resolve("report.json")).content().contains("\"reviewedSha256\" : \"" + digest + "\"");
        assertThat(run.resolve("report.md")).content().contains("| Reviewed file sha256 | `" + digest + "`");

        for (String text : new String[] {file, ticket.out(), ticket.err(), applied.out(), applied.err(),
                Files.readString(run.resolve("journal.jsonl")), Files.readString(run.resolve("report.md"))}) {
            assertThat(text).doesNotContain(SECRET);
        }
    }

    @Test
    void theTicketsDigestRefusesAnEditedReviewedFileAndAcceptsTheApprovedOne() throws IOException {
        review();
        String digest = dev.planrun.reviewed.Digests.sha256(reviewed);
        String approved = Files.readString(reviewed);
        // the reviewed file's own params edited after approval: it still verifies against itself
        Files.writeString(reviewed, approved.replace("\"greeting\" : \"Hello\"", "\"greeting\" : \"Howdy\""));
        assertThat(Files.readString(reviewed)).isNotEqualTo(approved);

        CliRun edited = applyReviewed("--yes", "--digest", digest.substring(0, 12));
        assertThat(edited.code()).as(edited.err()).isEqualTo(ExitCodes.REVIEW_CHANGED);
        assertThat(edited.err()).contains("is not the reviewed file the ticket names").contains("nothing was changed");
        assertThat(target).doesNotExist();
        assertThat(state).doesNotExist();

        Files.writeString(reviewed, approved);
        CliRun applied = applyReviewed("--yes", "--digest", digest.toUpperCase(java.util.Locale.ROOT));
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(target.resolve("releases/2.0/site.properties")).exists();
    }

    @Test
    void aDigestIsForAReviewedFileAndIsHex() {
        review();
        CliRun onAPlan = cli(ENV, "apply", plan.toString(), "-p", "target=" + target, "--digest", "0123456789ab");
        assertThat(onAPlan.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(onAPlan.err()).contains("--digest checks a reviewed file");
        CliRun notHex = applyReviewed("--digest", "not-a-sha256");
        assertThat(notHex.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notHex.err()).contains("--digest 'not-a-sha256': expected the reviewed file's sha256");
        assertThat(target).doesNotExist();
    }

    @Test
    void theSameParamGivenAgainIsNoDifferenceAndDryRunNamesTheReviewedFile() {
        review();
        CliRun dry = applyReviewed("--dry-run", "-p", "greeting=Hello", "-p", "target=" + target);
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("reviewed file " + reviewed + " (sha256 ").contains("set-password");
        assertThat(target).doesNotExist();
        assertThat(state).doesNotExist();
    }

    @Test
    void aChangedPlanFileOrParamIsRefusedWithEveryDifferenceAndNothingIsTouched() throws IOException {
        review();
        Files.writeString(plan, Files.readString(plan).replace("default: Hello", "default: Howdy"));
        Files.writeString(dir.resolve("site.properties"), "site.name=other\n");
        Files.writeString(dir.resolve("release/extra.html"), "new\n");

        CliRun r = applyReviewed("--yes", "-p", "greeting=Hi");

        assertThat(r.code()).as(r.err()).isEqualTo(6);
        assertThat(r.err()).contains("planrun: plan changed: " + plan)
                .contains("planrun: param changed: greeting ('Hello' -> 'Hi')")
                .contains("planrun: file changed: " + dir.resolve("site.properties"))
                .contains("planrun: file changed: " + dir.resolve("release"))
                .contains("(4 difference(s)); nothing was changed");
        assertThat(target).doesNotExist();
        assertThat(state).doesNotExist();
    }

    @Test
    void aSecretIsGivenAgainAtApplyTime() {
        review();
        CliRun r = cli(Map.of(), "apply", reviewed.toString(), "--state-dir", state.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("password");
        assertThat(target).doesNotExist();
        assertThat(state.resolve("runs")).doesNotExist();
    }

    @Test
    void anExistingReviewedFileIsKeptUnlessForced() throws IOException {
        Files.writeString(reviewed, "approved in ticket 42\n");
        CliRun r = cli(ENV, "plan", plan.toString(), "-p", "target=" + target, "--out", reviewed.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(reviewed + " exists").contains("--force");
        assertThat(reviewed).hasContent("approved in ticket 42");
        review("--force");
        assertThat(reviewed).content().startsWith("{");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated JSON      | {"format": "planrun-reviewed/1",\\n "plans": [                   | :2:
            wrong format string | {"format": "planrun-reviewed/9", "plans": []}                   | :1:1: not a reviewed plan of format planrun-reviewed/1 (found format "planrun-reviewed/9")
            missing fields      | {"format": "planrun-reviewed/1",\\n "engine": "x",\\n "plans": []} | : not a valid reviewed plan: missing 'params'
            wrong type          | {"format": "planrun-reviewed/1", "engine": "x",\\n "plans": "one", "params": {}, "files": []} | :2:11: not a valid reviewed plan: 'plans' must be a list
            empty plans         | {"format": "planrun-reviewed/1", "engine": "x", "plans": [], "params": {}, "files": []} | :1:1: incomplete reviewed plan: 'plans' holds no plan
            an unknown key      | {"format": "planrun-reviewed/1", "engine": "x", "plans": [], "params": {}, "files": [],\\n "plns": []} | :2:13: not a valid reviewed plan: unknown key 'plns'
            a plan without text | {"format": "planrun-reviewed/1", "engine": "x", "params": {}, "files": [],\\n "plans": [{"path": "/p", "sha256": "0"}]} | :2:40: not a valid reviewed plan: missing 'text' in 'plans[0]'
            """)
    void aMalformedReviewedFileIsAUsageErrorWithItsPosition(String what, String json, String expected)
            throws IOException {
        Files.writeString(reviewed, json.replace("\\n", "\n"));
        CliRun r = applyReviewed("--yes");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("planrun: " + reviewed).contains(expected).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(state).doesNotExist();
    }
}
