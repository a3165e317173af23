package dev.planrun.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.catalog.Catalog;
import dev.planrun.load.PlanLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyReportTest {

    private static JsonNode entry(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void theSummarySumsEachPromisesFiguresAndSaysWhatWasNotRecorded() throws Exception {
        List<JsonNode> entries = List.of(
                entry("{\"name\": \"dry-run-a\", \"title\": \"A\", \"recorded\": \"t\", \"figures\": {\"plans\": 19, \"steps\": 300}}"),
                entry("{\"name\": \"dry-run-b\", \"title\": \"B\", \"recorded\": \"t\", \"figures\": {\"plans\": 2}}"),
                entry("{\"name\": \"bad-input-plans\", \"title\": \"C\", \"recorded\": \"t\","
                        + " \"figures\": {\"malformed plans\": 78, \"command lines\": 8}}"),
                entry("{\"name\": \"bad-input-params\", \"title\": \"D\", \"recorded\": \"t\","
                        + " \"figures\": {\"malformed params files\": 30}}"));

        String md = SafetyReport.render(entries, Catalog.fromClassPath(getClass().getClassLoader(), new PlanLoader()));

        assertThat(md).contains("| dry-run changes nothing: a plan (or the chain) reviewed and dry-run on a site, before and after compared | 21 |")
                .contains("| bad input: malformed plans, params and reviewed files refused (exit 2; tampered reviewed files exit 6) | 108 |")
                .contains("| crash and resume: SIGKILL points resumed to the uninterrupted state | not recorded |")
                .contains("| omero-server | 19 |")
                .contains("### A\n\n- plans: 19\n- steps: 300\n");
    }
}
