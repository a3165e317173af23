package dev.planrun.run;

import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import dev.planrun.interp.ParamInputs;
import dev.planrun.interp.ParamResolver;
import dev.planrun.interp.ResolvedParams;
import dev.planrun.interp.UnresolvedReferenceException;
import dev.planrun.journal.RunJournal;
import dev.planrun.journal.RunLayout;
import dev.planrun.journal.StepLogs;
import dev.planrun.lock.LockHeldException;
import dev.planrun.lock.RunLock;
import dev.planrun.model.OnFailure;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.report.RunReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What apply and rollback share: the lock, and a run opened with its journal, step logs, report
 * and the caller's listeners, ended with a run-finished event whatever happens inside.
 */
final class RunOpener {

    /** The work done on an opened run. */
    interface Body {
        RunResult run(RunSession session, RunLoop loop) throws IOException;
    }

    private final RunServices services;

    RunOpener(RunServices services) {
        this.services = services;
    }

    RunLock lock(String planId, String paramsDigest) throws IOException, LockHeldException {
        String holder = "pid " + ProcessHandle.current().pid() + " on " + host() + " since " + services.clock().instant();
        return RunLock.acquire(services.store().locksDir().resolve(planId + "-" + paramsDigest.substring(0, 16) + ".lock"),
                holder);
    }

    /**
     * Whether another apply of the plan (with other params) holds its lock now: it may be making
     * a run directory whose journal has no line yet.
     */
    boolean otherLockHeld(String planId, String paramsDigest) throws IOException {
        Path dir = services.store().locksDir();
        if (!Files.isDirectory(dir)) {
            return false;
        }
        Pattern name = Pattern.compile(Pattern.quote(planId) + "-[0-9a-f]{16}\\.lock");
        String own = planId + "-" + paramsDigest.substring(0, 16) + ".lock";
        List<Path> others;
        try (Stream<Path> files = Files.list(dir)) {
            others = files.filter(p -> name.matcher(p.getFileName().toString()).matches()
                    && !p.getFileName().toString().equals(own)).toList();
        }
        for (Path other : others) {
            try (RunLock probe = RunLock.acquire(other, "pid " + ProcessHandle.current().pid() + " (looking only)")) {
                // free: nobody is making a run with those params
            } catch (LockHeldException held) {
                return true;
            }
        }
        return false;
    }

    RunResult run(Plan plan, List<Step> order, ParamInputs inputs, RunLayout layout, Body body) throws IOException {
        ResolvedParams params = new ParamResolver(services.environment(),
                Map.of("run.dir", layout.runDir().toString(), "run.id", layout.runId()), services.workingDir())
                .resolve(plan, inputs);
        if (!params.ok()) {
            return RunResult.withoutRun(RunStatus.INVALID, "the parameters are not usable", params.problems());
        }
        List<String> ids = order.stream().map(Step::id).toList();
        try (RunJournal journal = new RunJournal(layout.journal());
             StepLogs logs = new StepLogs(id -> layout.runDir().resolve(RunLayout.stepLogName(ids.indexOf(id) + 1, id)));
             TimedCall timed = new TimedCall()) {
            List<RunListener> listeners = new ArrayList<>(List.of(journal, logs, new RunReportWriter(layout, plan)));
            listeners.addAll(services.listeners());
            Reporter reporter = new Reporter(listeners, params.scope().masker(), services.clock());
            RunSession session = new RunSession(plan, order, params.scope(), layout, services, reporter);
            RunLoop loop = new RunLoop(session, timed);
            RunResult result;
            try (DatabaseLocks locks = session.locks()) {
                result = body.run(session, loop);
            } catch (UncheckedIOException e) {
                result = loop.result(RunStatus.FAILED, "the run directory could not be written: " + e.getMessage(),
                        List.of());
            }
            reporter.finished(result.status(), result.message(), result.leftOver());
            return result;
        }
    }

    RunEvent.RunStarted started(RunSession session, String paramsDigest, OnFailure onFailure, String reviewedSha256) {
        Plan plan = session.plan();
        List<Step> resolved = new ArrayList<>();
        for (Step s : session.order()) {
            try {
                resolved.add(session.resolver().resolve(s));
            } catch (UnresolvedReferenceException e) {
                // the step fails with this message when its turn comes; it has no input to record
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        RunParams.nonSecret(plan, session.scope()).forEach((k, v) -> params.put(k, v instanceof String t
                ? session.reporter().mask(t) : ((List<?>) v).stream().map(x -> session.reporter().mask(String.valueOf(x))).toList()));
        return new RunEvent.RunStarted(session.reporter().now(), session.layout().runId(), plan.id(),
                session.reporter().mask(plan.title()), plan.source() == null ? null : plan.source().toString(),
                RunInputs.planDigest(plan), paramsDigest, reviewedSha256,
                params, RunParams.secretNames(plan),
                RunInputs.digests(resolved, services.workingDir()),
                session.order().stream().map(Step::id).toList(), onFailure.name(), host(),
                ProcessHandle.current().pid());
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
