package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.planrun.testkit.SafetyLedger;
import dev.planrun.testkit.SecretScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Plans, journals and artefacts of the end-to-end tests. */
final class EndToEnd {

    static final String SECRET = "s3cr3t-Pa55word";

    /** The id of the fixture plan, whose runs the helpers without a plan id look at. */
    private static final String FIXTURE_PLAN = "e2e-server-upgrade";

    private EndToEnd() {
    }

    /** The fixture plan written to {@code dir}. */
    static Path plan(Path dir) {
        try (InputStream in = EndToEnd.class.getResourceAsStream("/e2e/upgrade.yaml")) {
            Path p = dir.resolve("upgrade.yaml");
            Files.write(p, in.readAllBytes());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the plan's steps in run order. */
    static List<String> stepOrder(Path planFile) {
        var plan = new dev.planrun.load.PlanLoader().load(planFile).plan().orElseThrow();
        var order = (dev.planrun.graph.Ordering.Sorted) dev.planrun.graph.PlanGraph.of(plan.steps()).order();
        return order.steps().stream().map(dev.planrun.model.Step::id).toList();
    }

    /**
     * The plan with a failing shell step placed just before {@code beforeStep} in the run order
     * (null: after the last step): every earlier step completes, then the run fails.
     */
    static Path withFailureBefore(Path plan, List<String> order, String beforeStep, Path dir) {
        try {
            YAMLMapper yaml = new YAMLMapper();
            ObjectNode root = (ObjectNode) yaml.readTree(plan.toFile());
            ArrayNode steps = (ArrayNode) root.get("steps");
            int k = beforeStep == null ? order.size() : order.indexOf(beforeStep);
            for (JsonNode s : steps) {
                if (order.indexOf(s.get("id").asText()) >= k) {
                    ArrayNode needs = s.has("needs") ? (ArrayNode) s.get("needs") : ((ObjectNode) s).putArray("needs");
                    needs.add("injected-failure");
                }
            }
            ObjectNode fail = steps.addObject();
            fail.put("id", "injected-failure");
            fail.put("type", "shell");
            fail.putArray("run").add("sh").add("-c").add("echo injected failure >&2; exit 3");
            ArrayNode needs = fail.putArray("needs");
            order.subList(0, k).forEach(needs::add);
            Path out = dir.resolve("fail-before-" + (beforeStep == null ? "end" : beforeStep) + ".yaml");
            yaml.writeValue(out.toFile(), root);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan with one more shell step, after unpack-release, that declares no rollback. */
    static Path withStep(Path plan, Path dir, String id, String runFlowList) {
        try {
            String text = Files.readString(plan);
            Path out = dir.resolve("with-" + id + ".yaml");
            Files.writeString(out, text + "\n  - id: " + id + "\n    type: shell\n    needs: [unpack-release]\n    run: "
                    + runFlowList + "\n");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journal of the (only or latest) run of the fixture plan. */
    static List<JsonNode> journal(Path stateDir) {
        return journal(stateDir, FIXTURE_PLAN);
    }

    /** The journal of the (only or latest) run of plan {@code planId}. */
    static List<JsonNode> journal(Path stateDir, String planId) {
        try {
            Path run = runDir(stateDir, planId);
            List<JsonNode> out = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            Path journal = run.resolve("journal.jsonl");
            if (!Files.exists(journal)) {
                throw new java.util.NoSuchElementException("no journal yet in " + run);
            }
            for (String line : Files.readAllLines(journal)) {
                out.add(json.readTree(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps of the latest run of {@code planId} that journaled {@code event} (e.g. step-skipped), in order. */
    static List<String> stepsWith(Path stateDir, String planId, String event) {
        return journal(stateDir, planId).stream().filter(n -> n.get("event").asText().equals(event))
                .map(n -> n.get("step").asText()).toList();
    }

    static boolean journalHas(Path stateDir, String event, String step) {
        return journalHas(stateDir, FIXTURE_PLAN, event, step);
    }

    /** Whether the latest run of {@code planId} journaled {@code event} (of {@code step}, unless null). */
    static boolean journalHas(Path stateDir, String planId, String event, String step) {
        if (!Files.isDirectory(stateDir.resolve("runs").resolve(planId))) {
            return false;
        }
        try {
            return journal(stateDir, planId).stream().anyMatch(n -> n.get("event").asText().equals(event)
                    && (step == null || step.equals(n.path("step").asText())));
        } catch (UncheckedIOException | java.util.NoSuchElementException e) {
            return false; // the run directory exists, its journal not yet
        }
    }

    /** The directory of the (only or latest) run of the fixture plan. */
    static Path runDir(Path stateDir) {
        return runDir(stateDir, FIXTURE_PLAN);
    }

    /** The directory of the (only or latest) run of plan {@code planId}. */
    static Path runDir(Path stateDir, String planId) {
        try (Stream<Path> runs = Files.list(stateDir.resolve("runs").resolve(planId))) {
            return runs.sorted().reduce((a, b) -> b).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean logContains(Path stateDir, String log, String text) {
        try {
            Path file = runDir(stateDir).resolve(log);
            return Files.exists(file) && Files.readString(file).contains(text);
        } catch (IOException | UncheckedIOException | java.util.NoSuchElementException e) {
            return false;
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60s");
            }
            Thread.sleep(50);
        }
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * No output of the commands and no file under the state directory contains the secret, as
     * written or base64-encoded (undo records keep earlier contents that way); and every run
     * directory and file there is its owner's only.
     */
    static void assertSecretNowhere(Path stateDir, PlanrunJar planrun) {
        assertSecretNowhere(stateDir, planrun, SECRET);
    }

    /** As {@link #assertSecretNowhere(Path, PlanrunJar)}, for another secret. */
    static void assertSecretNowhere(Path stateDir, PlanrunJar planrun, String secret) {
        assertThat(planrun.allOutput()).doesNotContain(secret);
        int files = 0;
        if (Files.exists(stateDir)) {
            assertThat(SecretScan.findings(stateDir, secret)).isEmpty();
            assertThat(SecretScan.notPrivate(stateDir.resolve("runs"))).isEmpty();
            try (Stream<Path> all = Files.walk(stateDir)) {
                files = (int) all.filter(Files::isRegularFile).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        scanned(planrun.takeUnscanned(), files, secret);
    }

    /** The figures of the secret scans that passed, per test class. */
    private static final java.util.Map<String, SecretScans> SECRET_SCANS = new java.util.HashMap<>();

    private static synchronized void scanned(int commands, int artefacts, String secret) {
        String test = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(f -> f.getDeclaringClass().getSimpleName()).filter(n -> n.endsWith("IT")).findFirst().orElse("other"));
        SECRET_SCANS.computeIfAbsent(test, SecretScans::new).passed(commands, artefacts, secret);
    }

    private static final class SecretScans {
        private final String test;
        private int scans;
        private int outputs;
        private int files;
        private final java.util.Set<String> secrets = new java.util.HashSet<>();

        SecretScans(String test) {
            this.test = test;
        }

        /** Counts one passing scan and rewrites this test class's totals. */
        void passed(int commands, int artefacts, String secret) {
            scans++;
            outputs += 2 * commands;
            files += artefacts;
            secrets.add(secret);
            SafetyLedger.record("secrets-" + test, test + ": every artefact of its runs searched for the secrets they"
                    + " used (as written and base64-encoded): none found, and every run file private to its owner",
                    "scans", scans, "terminal outputs searched (stdout and stderr of each command)", outputs,
                    "run files searched (journals, logs, reports, undo records)", files, "distinct secrets", secrets.size());
        }
    }
}
