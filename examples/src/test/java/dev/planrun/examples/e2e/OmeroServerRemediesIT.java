package dev.planrun.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.examples.sim.CallLog;
import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.sql.DatabaseTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the omero-server plans offer when a database upgrade meets data it cannot take: the
 * 4.1 permission report and its ACTION, the 4.2 data fix, and rollback by restoring the backup
 * into a new database. The real planrun jar on simulated sites and real databases.
 */
class OmeroServerRemediesIT {

    @TempDir
    Path dir;

    private PlanrunJar planrun;
    private Path state;

    @BeforeEach
    void setUp() throws IOException {
        planrun = OmeroSite.planrun(dir);
        state = dir.resolve("state");
    }

    @ParameterizedTest(name = "ACTION={0}")
    @ValueSource(strings = {"ABORT", "FIX", "DELETE"})
    void thePermissionReportActsOnDataLinkedAcrossGroupsAsTheActionParamSays(String action) throws Exception {
        OmeroSite site = OmeroSite.create(dir.resolve("site"), "4.1", "4.2", new OmeroDatabase.Options(false, true), false);
        PlanrunJar.Result r = site.apply(planrun, OmeroSite.PLANS.resolve("4.1-to-4.2.yaml"), state,
                "-p", "permissions_action=" + action, "--yes");

        String report = OmeroSite.stepLog(state, "omero-server-4.1-to-4.2", "upgrade-database");
        assertThat(report).contains("Different groups: Image(id=4, group=4)");
        if (action.equals("ABORT")) {
            assertThat(r.code()).as("%s", r).isEqualTo(1);
            assertThat(r.err()).contains("ERROR ON omero_41_check").contains("nothing was committed");
            assertThat(site.history()).isEqualTo(site.initialHistory());
            assertThat(site.layout().serverDir().toRealPath()).isEqualTo(site.layout().oldInstallation().toRealPath());
            EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
            return;
        }
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(site.history()).endsWith("OMERO4.1__0", "OMERO4.2__0");
        try (Connection c = site.db().open()) {
            if (action.equals("FIX")) {
                assertThat(scalar(c, "select group_id from image where id = 4")).isEqualTo("3");
                assertThat(scalar(c, "select count(*) from datasetimagelink")).isEqualTo("4");
            } else {
                assertThat(scalar(c, "select group_id from image where id = 4")).isEqualTo("4");
                assertThat(scalar(c, "select count(*) from datasetimagelink where child = 4")).isEqualTo("0");
            }
        }
        EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
    }

    @Test
    void theDataFixRunsBeforeTheFourThreeUpgradeWhenChannelsAreOutOfRange() throws Exception {
        OmeroSite site = OmeroSite.create(dir.resolve("site"), "4.2", "4.3", new OmeroDatabase.Options(true, false), false);
        Path alone = Files.writeString(dir.resolve("upgrade-alone.yaml"), """
                planrun: 1
                id: upgrade-alone
                params:
                  url: {type: string}
                  script: {type: path}
                connections:
                  omero: {url: "${url}", user: %s, password: "${env:OMERO_DB_PASS}"}
                steps:
                  - {id: upgrade, type: sql, connection: omero, file: "${script}"}
                """.formatted(OmeroSite.DB_USER));
        Path release = dir.resolve("release-4.3");
        new dev.planrun.examples.sim.OmeroServerSim(dir.resolve("calls-alone.log")).install("4.3", release);
        PlanrunJar.Result without = planrun.run("apply", alone.toString(), "-p", "url=" + site.db().url(),
                "-p", "script=" + release.resolve("sql/psql/OMERO4.3__0/OMERO4.2__0.sql"), "--state-dir", state.toString());
        assertThat(without.code()).as("%s", without).isEqualTo(1);
        assertThat(without.err()).contains("check constraint \"logicalchannel_check\"").contains("nothing was committed");
        assertThat(site.history()).isEqualTo(site.initialHistory());

        PlanrunJar.Result r = site.apply(planrun, OmeroSite.PLANS.resolve("4.2-to-4.3.yaml"), state, "--yes");

        assertThat(r.code()).as("%s", r).isZero();
        assertThat(site.history()).endsWith("OMERO4.2__0", "OMERO4.3__0");
        assertThat(OmeroSite.stepEvents(state, "omero-server-4.2-to-4.3", "data-fix")).contains("step-succeeded")
                .doesNotContain("step-skipped");
        try (Connection c = site.db().open()) {
            assertThat(scalar(c, "select string_agg(id || ':' || coalesce(excitationwave::text, '-') || '/'"
                    + " || coalesce(emissionwave::text, '-'), ' ' order by id) from logicalchannel"))
                    .isEqualTo("1:358/461 2:488/507 3:587/610 4:-/520 5:488/-");
        }
        EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
    }

    @Test
    void aFailingDatabaseUpgradeIsRolledBackByRestoringTheBackupIntoANewDatabase() throws Exception {
        OmeroSite site = OmeroSite.create(dir.resolve("site"), "4.4", "5.0", OmeroDatabase.Options.clean(), false);
        try (Connection c = site.db().open(); Statement s = c.createStatement()) {
            // a site's own table in the way of the 5.0 schema: the upgrade script fails on it
            s.execute("create table fileset (id int8 primary key, note text)");
            s.execute("insert into fileset values (1, 'kept by the site')");
        }
        var layout = site.layout();

        PlanrunJar.Result r = site.apply(planrun, OmeroSite.PLANS.resolve("4.4-to-5.0.yaml"), state, "--yes",
                "--on-failure", "rollback");

        assertThat(r.code()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).contains("step upgrade-database failed").contains("relation \"fileset\" already exists")
                .contains("rolled back");
        assertThat(site.history()).as("the original database, kept").isEqualTo(site.initialHistory());
        DatabaseTarget restored = site.database(site.restoreDbName());
        assertThat(OmeroSite.history(restored)).isEqualTo(site.initialHistory());
        try (Connection c = restored.open()) {
            assertThat(scalar(c, "select note from fileset")).isEqualTo("kept by the site");
            assertThat(scalar(c, "select count(*) from image")).isEqualTo("3");
        }
        assertThat(layout.serverDir().toRealPath()).isEqualTo(layout.oldInstallation().toRealPath());
        assertThat(site.omeroConfig("omero.db.name")).isEqualTo(site.restoreDbName());
        List<String> calls = site.callsSinceSetup().stream().map(CallLog.Call::command).toList();
        assertThat(calls).containsSubsequence("admin stop", "config set omero.db.name " + site.restoreDbName(), "admin start");
        assertThat(layout.serverDir().resolve("var/state/server")).content().contains("running");
        EndToEnd.assertSecretNowhere(state, planrun, OmeroSite.DB_PASSWORD);
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
