package dev.planrun.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.check.CheckResult.Status;
import dev.planrun.interp.Scope;
import dev.planrun.model.Check;
import dev.planrun.model.Check.AllCheck;
import dev.planrun.model.Check.AnyCheck;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.NotCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Expect;
import dev.planrun.model.Position;
import dev.planrun.model.Wait;
import dev.planrun.testkit.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckEvaluatorTest {

    @TempDir
    Path dir;

    private final CheckEvaluator evaluator = new CheckEvaluator();
    private final List<String> opened = new ArrayList<>();
    private final Scope scope = new Scope(
            Map.of("db_name", "omero", "empty", "", "db_password", "s3cr3t-pw", "version", "5.3.4"),
            Map.of(), Map.of(), Set.of("s3cr3t-pw"));

    private CheckContext context() {
        Connector recording = name -> {
            opened.add(name);
            throw new java.sql.SQLException("connection refused");
        };
        return new CheckContext(scope, recording, null, dir, null, null, false, null);
    }

    private static CheckMeta meta() {
        return CheckMeta.at(Position.NONE);
    }

    private static CheckMeta message(String message) {
        return new CheckMeta("c1", message, null, null, Position.NONE);
    }

    private static ParamCheck param(String name, Expect e) {
        return new ParamCheck(meta(), name, e);
    }

    @Test
    void paramChecksCompareTheValue() {
        assertThat(evaluator.evaluate(param("db_name", Expect.equalTo("omero")), context()).status())
                .isEqualTo(Status.HOLDS);
        assertThat(evaluator.evaluate(param("empty", null), context()).status()).isEqualTo(Status.FAILS);
        CheckResult low = evaluator.evaluate(new ParamCheck(message("needs 5.4"), "version",
                new Expect(null, null, "5.4", null, null, null, null)), context());
        assertThat(low.status()).isEqualTo(Status.FAILS);
        assertThat(low.observed()).isEqualTo("5.3.4");
        assertThat(low.explanation()).isEqualTo("needs 5.4 (param version: expected at least 5.4, found 5.3.4)");
    }

    @Test
    void secretValuesNeverAppearInResults() {
        CheckResult r = evaluator.evaluate(param("db_password", Expect.equalTo("other")), context());
        assertThat(r.status()).isEqualTo(Status.FAILS);
        assertThat(r.observed()).isEqualTo("******");
        assertThat(r.detail()).doesNotContain("s3cr3t-pw").contains("******");
    }

    @Test
    void fileChecksLookAtThePathAndItsContent() throws IOException {
        Files.writeString(dir.resolve("VERSION"), "5.4.10\n");
        assertThat(evaluator.evaluate(new FileCheck(meta(), "VERSION", null), context()).status())
                .isEqualTo(Status.HOLDS);
        assertThat(evaluator.evaluate(new FileCheck(meta(), "VERSION",
                new Expect(null, null, "5.4", "5.6", null, null, null)), context()).status()).isEqualTo(Status.HOLDS);
        CheckResult missing = evaluator.evaluate(new FileCheck(meta(), dir.resolve("nope").toString(), null), context());
        assertThat(missing.status()).isEqualTo(Status.FAILS);
        assertThat(missing.subject()).isEqualTo("file " + dir.resolve("nope"));
        assertThat(evaluator.evaluate(new FileCheck(meta(), "nope",
                new Expect(null, null, null, null, false, null, null)), context()).status()).isEqualTo(Status.HOLDS);
    }

    @Test
    void sqlChecksThatCannotConnectAreNotEvaluatedAndSayWhy() {
        CheckResult r = evaluator.evaluate(new SqlCheck(meta(), "omero", "select 1", null), context());
        assertThat(r.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(r.detail()).isEqualTo("the query failed: connection refused");
        assertThat(opened).containsExactly("omero");
    }

    @Test
    void offlineSkipsChecksNeedingAConnectionOrAProgram() {
        CheckContext offline = context().asOffline();
        CheckResult sql = evaluator.evaluate(new SqlCheck(meta(), "omero", "select 1", null), offline);
        CheckResult cmd = evaluator.evaluate(new CommandCheck(meta(), List.of("omero", "version"), null, null, null),
                offline);
        assertThat(sql.status()).isEqualTo(Status.OFFLINE);
        assertThat(sql.detail()).isEqualTo("not evaluated (offline)");
        assertThat(cmd.status()).isEqualTo(Status.OFFLINE);
        assertThat(opened).isEmpty();
        assertThat(evaluator.evaluate(param("db_name", null), offline).status()).isEqualTo(Status.HOLDS);
    }

    @Test
    void allAnyAndNotCombineInThreeValuedLogic() {
        Check yes = param("db_name", null);
        Check no = param("empty", null);
        Check unknown = new SqlCheck(meta(), "omero", "select 1", null);
        assertThat(status(new AllCheck(meta(), List.of(yes, yes)))).isEqualTo(Status.HOLDS);
        assertThat(status(new AllCheck(meta(), List.of(yes, no)))).isEqualTo(Status.FAILS);
        assertThat(status(new AllCheck(meta(), List.of(yes, unknown)))).isEqualTo(Status.NOT_EVALUATED);
        assertThat(status(new AllCheck(meta(), List.of(no, unknown)))).isEqualTo(Status.FAILS);
        assertThat(status(new AnyCheck(meta(), List.of(no, yes)))).isEqualTo(Status.HOLDS);
        assertThat(status(new AnyCheck(meta(), List.of(no, no)))).isEqualTo(Status.FAILS);
        assertThat(status(new AnyCheck(meta(), List.of(no, unknown)))).isEqualTo(Status.NOT_EVALUATED);
        assertThat(status(new AnyCheck(meta(), List.of(yes, unknown)))).isEqualTo(Status.HOLDS);
        assertThat(status(new NotCheck(meta(), no))).isEqualTo(Status.HOLDS);
        assertThat(status(new NotCheck(meta(), yes))).isEqualTo(Status.FAILS);
        assertThat(status(new NotCheck(meta(), unknown))).isEqualTo(Status.NOT_EVALUATED);
    }

    @Test
    void combinationsKeepTheirPartsAndTheirMessage() {
        CheckResult r = evaluator.evaluate(new AllCheck(message("both needed"),
                List.of(param("db_name", null), param("empty", null))), context());
        assertThat(r.children()).extracting(CheckResult::status).containsExactly(Status.HOLDS, Status.FAILS);
        assertThat(r.message()).isEqualTo("both needed");
        assertThat(r.explanation()).isEqualTo("both needed (all of 2 checks: param empty: expected a value, found '')");
    }

    @Test
    void pollingWaitsUntilTheCheckHolds() {
        ManualClock clock = new ManualClock();
        AtomicInteger sleeps = new AtomicInteger();
        Path flag = dir.resolve("migrated");
        CheckContext ctx = context().withTime(clock, clock.sleeper(() -> {
            if (sleeps.incrementAndGet() == 3) {
                write(flag);
            }
        }));
        Check waiting = new FileCheck(new CheckMeta(null, null, null,
                new Wait(Duration.ofMinutes(5), Duration.ofSeconds(10)), Position.NONE), flag.toString(), null);
        CheckResult r = evaluator.evaluate(waiting, ctx);
        assertThat(r.status()).isEqualTo(Status.HOLDS);
        assertThat(sleeps.get()).isEqualTo(3);
        assertThat(clock.instant()).isEqualTo(java.time.Instant.parse("2030-01-01T00:00:30Z"));
    }

    @Test
    void pollingGivesUpAtTheTimeoutWithAClearMessage() {
        ManualClock clock = new ManualClock();
        AtomicInteger sleeps = new AtomicInteger();
        CheckContext ctx = context().withTime(clock, clock.sleeper(sleeps::incrementAndGet));
        Check waiting = new FileCheck(new CheckMeta("summary-done", "the summary migration has not finished", null,
                new Wait(Duration.ofSeconds(45), Duration.ofSeconds(10)), Position.NONE),
                dir.resolve("never").toString(), null);
        CheckResult r = evaluator.evaluate(waiting, ctx);
        assertThat(r.status()).isEqualTo(Status.FAILS);
        assertThat(sleeps.get()).isEqualTo(5); // 10+10+10+10+5 seconds
        assertThat(r.detail()).isEqualTo("did not hold within 45s (6 attempt(s), every 10s); last: "
                + "expected the path to exist, it is missing");
        assertThat(r.explanation()).startsWith("the summary migration has not finished (file ");
        assertThat(r.name()).isEqualTo("summary-done");
    }

    private Status status(Check c) {
        return evaluator.evaluate(c, context()).status();
    }

    private static void write(Path p) {
        try {
            Files.writeString(p, "yes");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
