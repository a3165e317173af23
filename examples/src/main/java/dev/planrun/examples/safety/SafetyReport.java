package dev.planrun.examples.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.catalog.Catalog;
import dev.planrun.catalog.CatalogEntry;
import dev.planrun.load.PlanLoader;
import dev.planrun.model.Rollback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Renders docs/safety.md from the figures the tests recorded under {@code target/safety}
 * (see the test kit's SafetyLedger) and from the shipped catalog. Run by {@code bench/safety.sh}.
 */
public final class SafetyReport {

    private SafetyReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SafetyReport LEDGER_DIR OUTPUT.md");
            System.exit(2);
        }
        Path ledger = Path.of(args[0]);
        List<JsonNode> entries = read(ledger);
        if (entries.isEmpty()) {
            System.err.println("SafetyReport: no figures under " + ledger + ": run the test suite first (mvn -B verify)");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), render(entries, Catalog.fromClassPath(SafetyReport.class.getClassLoader(),
                new PlanLoader())));
    }

    static List<JsonNode> read(Path ledger) throws IOException {
        if (!Files.isDirectory(ledger)) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(ledger)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(json.readTree(f.toFile()));
            }
        }
        return out;
    }

    /** One row of the summary: the sum of the figures {@code key} accepts in the entries named {@code prefix}... */
    private static void glance(StringBuilder md, List<JsonNode> entries, String promise, String prefix,
                               java.util.function.Predicate<String> key) {
        long sum = 0;
        boolean any = false;
        for (JsonNode e : entries) {
            if (!e.path("name").asText().startsWith(prefix)) {
                continue;
            }
            for (var it = e.path("figures").fields(); it.hasNext(); ) {
                var f = it.next();
                if (key.test(f.getKey())) {
                    sum += f.getValue().asLong();
                    any = true;
                }
            }
        }
        md.append("| ").append(promise).append(" | ").append(any ? Long.toString(sum) : "not recorded").append(" |\n");
    }

    static String render(List<JsonNode> entries, Catalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append("# Safety evidence\n\n");
        md.append("What the test suite proved about planrun's safety promises, and on how much. Produced by\n");
        md.append("`bench/safety.sh` (it runs `mvn -B verify`, whose tests record their figures under\n");
        md.append("`target/safety/`, then writes this page); every figure below is a count of cases a passing\n");
        md.append("test really ran, not a claim.\n\n");
        md.append("## The catalog covered\n\n");
        Map<String, int[]> byProduct = new TreeMap<>();
        for (CatalogEntry e : catalog.entries()) {
            int[] c = byProduct.computeIfAbsent(e.product(), p -> new int[3]);
            c[0]++;
            c[1] += e.plan().steps().size();
            c[2] += (int) e.plan().steps().stream().filter(s -> s.common().rollback().irreversible()).count();
        }
        md.append("| product | plans | steps | irreversible steps |\n| --- | ---: | ---: | ---: |\n");
        int[] total = new int[3];
        byProduct.forEach((product, c) -> {
            md.append("| ").append(product).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" | ")
                    .append(c[2]).append(" |\n");
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        md.append("| **all** | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2]).append(" |\n\n");
        md.append("## At a glance\n\n| promise | cases shown |\n| --- | ---: |\n");
        glance(md, entries, "dry-run changes nothing: a plan (or the chain) reviewed and dry-run on a site, before and"
                        + " after compared",
                "dry-run-", "plans"::equals);
        glance(md, entries, "crash and resume: SIGKILL points resumed to the uninterrupted state", "crash-resume-",
                k -> k.startsWith("kills "));
        glance(md, entries, "injected failure with on-failure rollback: failure points", "injected-failure-",
                "failure points"::equals);
        glance(md, entries, "bad input: malformed plans, params and reviewed files refused (exit 2; tampered reviewed"
                + " files exit 6)", "bad-input-", k -> k.startsWith("malformed ") || k.startsWith("tampered "));
        glance(md, entries, "secrets: terminal outputs and run files searched, none found", "secrets-",
                k -> k.startsWith("terminal outputs") || k.startsWith("run files"));
        md.append('\n');
        md.append("## Evidence\n\n");
        for (JsonNode e : entries) {
            md.append("### ").append(e.path("title").asText()).append("\n\n");
            e.path("figures").fields().forEachRemaining(f ->
                    md.append("- ").append(f.getKey()).append(": ").append(f.getValue().asText()).append('\n'));
            md.append("\n(`").append(e.path("name").asText()).append("`, recorded ")
                    .append(e.path("recorded").asText()).append(")\n\n");
        }
        md.append("""
                ## What the figures do not say

                - Dry-run: the checks of a review may run commands that only read (`omero config get`,
                  `omero admin status`, `systemctl is-active`, ...); those calls are counted above, not
                  compared. Every call that changes something is compared, and none is made.
                - Crash and resume: every step boundary of the OMERO.server 3.2 to 5.6 chain is a kill point;
                  kills inside a step are the ones that landed there in that run, plus the deliberate kill
                  in the middle of a long step of the mixed-step plan (ApplyEndToEndIT).
                - Injected failure: the test suite injects a failure at every step of the OMERO.server 5.2
                  to 5.3 plan (every step type but pip, the shape of every hop with a database script) and
                  of the OpenREM plan up to the first point past its migration; `bench/safety.sh --all`
                  does so at every point of every omero-server plan, the OpenREM plan and the OMERO.web
                  plan (the figures above say which ran).
                - Rollback returns everything to its start except what the documents say to delete and
                  nothing restores: the invalidated Bio-Formats memo files (OMERO.server) and the cleared
                  session files (OMERO.web); the tests check that they were deleted. A database upgrade is
                  rolled back by restoring the backup into a new database (the original is kept); the
                  OpenREM migration is irreversible and a rollback stops there, naming it (exit 5).
                """);
        return md.toString();
    }
}
