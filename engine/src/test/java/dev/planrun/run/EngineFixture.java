package dev.planrun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import dev.planrun.exec.Confirmer;
import dev.planrun.exec.ProcessRunner;
import dev.planrun.interp.ParamInputs;
import dev.planrun.journal.RunStore;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An engine over in-JVM executors and a temporary state directory, recording every event. */
final class EngineFixture {

    final Path dir;
    final InJvmExecutors executors = new InJvmExecutors();
    final RunStore store;
    final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
    Confirmer confirmer = (title, text) -> Confirmer.Answer.UNAVAILABLE;
    RunListener extra = new RunListener() { };
    /** The run's clock; null: the system's. */
    java.time.Clock clock;

    EngineFixture(Path dir) {
        this.dir = dir;
        this.store = new RunStore(dir.resolve("state"));
    }

    RunServices services() {
        ProcessRunner none = (argv, cwd, env, timeout, stdin, lines) -> {
            throw new IOException("no processes in unit tests");
        };
        RunListener recorder = new RunListener() {
            @Override
            public void any(RunEvent e) {
                events.add(e);
                extra.any(e);
            }
        };
        return new RunServices(executors.registry(), none, (t, i) -> confirmer.confirm(t, i), store,
                List.of(recorder), Map.of(), dir, clock, d -> { }, null, null);
    }

    RunResult apply(Plan plan) {
        return apply(plan, Map.of(), false);
    }

    RunResult apply(Plan plan, Map<String, String> params, boolean resume) {
        return new ApplyOperation(services()).apply(new ApplyRequest(plan, new ParamInputs(params, null), null, resume));
    }

    RunResult apply(Plan plan, OnFailure onFailure) {
        return new ApplyOperation(services()).apply(new ApplyRequest(plan, ParamInputs.NONE, onFailure, false));
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** The journal of a run as JSON objects, one per line. */
    static List<JsonNode> journal(RunResult r) {
        try {
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(r.runDir().resolve("journal.jsonl"))) {
                out.add(json.readTree(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> eventNames(RunResult r) {
        return journal(r).stream().map(n -> n.get("event").asText() + (n.has("step") ? ":" + n.get("step").asText() : ""))
                .toList();
    }
}
