package dev.planrun.review;

import static dev.planrun.fixtures.StepFixtures.common;

import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Expect;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.OnFailure;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.ParamType;
import dev.planrun.model.PipStep;
import dev.planrun.model.Plan;
import dev.planrun.model.Position;
import dev.planrun.model.Rollback;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import dev.planrun.model.Wait;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small OMERO-like upgrade plan with every step type, built in memory. */
final class ReviewFixtures {

    static final String SECRET = "s3cr3t-pw";

    private ReviewFixtures() {
    }

    static Plan omeroPlan() {
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        params.put("server_dir", new ParamSpec("server_dir", ParamType.PATH, "/nonexistent/planrun-test/OMERO.server",
                false, null, null, List.of(), Position.of("plan.yaml", 5, 3)));
        params.put("db_password", new ParamSpec("db_password", ParamType.SECRET, null, false, null, "PW", List.of(),
                Position.of("plan.yaml", 6, 3)));
        Map<String, ConnectionSpec> connections = Map.of("omero", new ConnectionSpec("omero",
                "jdbc:postgresql://localhost:5432/omero?password=${db_password}", "omero", "${db_password}",
                Position.of("plan.yaml", 8, 3)));
        CheckMeta meta = new CheckMeta("server-present", "the server must be installed", CheckMeta.OnFail.HALT,
                new Wait(Duration.ofMinutes(10), Duration.ofSeconds(5)), Position.of("plan.yaml", 12, 5));
        Check serverPresent = new Check.FileCheck(meta, "${server_dir}", Expect.DEFAULT);
        Check passwordGiven = new Check.ParamCheck(CheckMeta.at(Position.of("plan.yaml", 14, 5)), "db_password",
                Expect.DEFAULT);
        List<Step> steps = List.of(
                new ManualStep(common("announce", Rollback.UNDECLARED), "Tell the users\nthat OMERO goes down"),
                new ShellStep(withChecks(common("stop", new Rollback.Inline(new ShellStep(common("", Rollback.UNDECLARED),
                        List.of("${server_dir}/bin/omero", "admin", "start"), null, null, null, null, null, null)),
                        "announce"), null, List.of(passwordGiven)),
                        List.of("${server_dir}/bin/omero", "admin", "stop"), null, null,
                        Map.of("PGPASSWORD", "${db_password}"), null, null, null),
                new SqlStep(common("upgrade-db", Rollback.NONE, "stop", "backup"), "omero",
                        "${server_dir}/sql/psql/OMERO5.4__0/OMERO5.3__1.sql", null, SqlStep.Transaction.AUTO, Map.of(),
                        "YOU HAVE SUCCESSFULLY UPGRADED", SqlStep.SqlClient.JDBC),
                new ShellStep(common("backup", Rollback.UNDECLARED, "stop"), null, "pg_dump omero > /backup/omero.sql",
                        null, null, null, null, null),
                new FileCopyStep(common("install", Rollback.AUTO, "upgrade-db"), "/tmp/OMERO.server-5.4.zip",
                        "${server_dir}", FileCopyStep.Mode.EXTRACT, FileCopyStep.Overwrite.BACKUP, false),
                new PipStep(common("omero-py", Rollback.AUTO, "install"), null, "/opt/venv",
                        List.of("omero-py>=5.19.4"), true, null, "", true, false),
                new ConfigSetStep(withChecks(common("jvm", Rollback.AUTO, "install"), serverPresent, List.of()),
                        ConfigSetStep.Format.OMERO, null, "${server_dir}/bin/omero", null, "omero.jvmcfg.percent.blitz",
                        "50", false, null));
        return new Plan(1, "omero-server-5.3-to-5.4", "OMERO.server 5.3.4+ to 5.4", "omero-server", "5.3", "5.4",
                "Upgrades <the> server | database.", "https://docs.openmicroscopy.org/", OnFailure.STOP, params,
                connections, List.of(serverPresent), steps, null, Position.of("plan.yaml", 1, 1));
    }

    private static StepCommon withChecks(StepCommon c, Check when, List<Check> preconditions) {
        return new StepCommon(c.id(), "Title of " + c.id(), c.needs(), when, preconditions, Duration.ofMinutes(10),
                null, c.rollback(), false, List.of("t"), null, "Upgrade section", Map.of(), c.position());
    }
}
