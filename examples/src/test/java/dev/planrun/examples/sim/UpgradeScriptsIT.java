package dev.planrun.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.exec.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.PgTools;
import dev.planrun.testkit.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated upgrade scripts, run in order by real psql against a real PostgreSQL. */
class UpgradeScriptsIT {

    private static Path release;
    private final TestPostgres postgres = TestPostgres.get();
    private final PgTools tools = PgTools.forTests();

    @BeforeAll
    static void release(@TempDir Path dir) throws IOException {
        release = new OmeroServerSim(dir.resolve("calls.log")).install("5.6", dir.resolve("OMERO.server-5.6"));
    }

    @Test
    void scriptsTakeA32DatabaseThroughEveryVersionTo54() throws Exception {
        DatabaseTarget db = database("3.2", OmeroDatabase.Options.clean());
        List<OmeroReleases.Hop> hops = OmeroReleases.hopsTo(DbVersion.parse("OMERO5.4__0"));
        for (OmeroReleases.Hop hop : hops) {
            ProcessResult run = psql(db, hop.script());
            assertThat(run.exitCode()).as(hop.script() + "\n" + run.output()).isZero();
            if (UpgradeScripts.printsBanner(hop)) {
                assertThat(run.output()).contains("YOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION " + hop.to());
            }
        }
        try (Connection c = db.open()) {
            assertThat(OmeroDatabase.history(c)).containsExactlyElementsOf(
                    OmeroReleases.MAIN_LINE.stream().map(DbVersion::toString).toList());
            assertThat(scalar(c, "SELECT count(*) FROM adminprivilege")).isEqualTo("4");
            assertThat(scalar(c, "SELECT name FROM image WHERE id = 1")).isEqualTo("cells-01 (0.1 µm)");
        }
    }

    @Test
    void aScriptRefusesADatabaseAtAnotherVersion() throws Exception {
        DatabaseTarget db = database("5.3.2", OmeroDatabase.Options.clean());
        ProcessResult run = psql(db, "sql/psql/OMERO5.4__0/OMERO5.3__1.sql");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("wrong OMERO database version for this upgrade script");
        ProcessResult variant = psql(db, "sql/psql/OMERO5.4__0/OMERO5.3__0.sql");
        assertThat(variant.exitCode()).as(variant.output()).isZero();
        try (Connection c = db.open()) {
            assertThat(OmeroDatabase.history(c)).endsWith("OMERO5.2__0", "OMERO5.3__0", "OMERO5.4__0");
        }
    }

    @Test
    void thePrecheckReportsReadinessAndChangesNothing() throws Exception {
        DatabaseTarget db = database("5.3.4", OmeroDatabase.Options.clean());
        String before = schemaAndData(db);
        ProcessResult run = psql(db, "sql/psql/OMERO5.4__0/OMERO5.3__1-precheck.sql");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("YOUR DATABASE IS READY FOR UPGRADE TO VERSION OMERO5.4__0");
        assertThat(schemaAndData(db)).isEqualTo(before);
    }

    @Test
    void logicalchannelCheckFailsUntilTheDataFixRuns() throws Exception {
        DatabaseTarget db = database("4.2", new OmeroDatabase.Options(true, false));
        ProcessResult failed = psql(db, "sql/psql/OMERO4.3__0/OMERO4.2__0.sql");
        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.output()).contains("check constraint \"logicalchannel_check\"").contains("is violated by some row");
        try (Connection c = db.open()) {
            assertThat(OmeroDatabase.currentVersion(c)).isEqualTo("OMERO4.2__0");
        }
        assertThat(psql(db, "sql/psql/OMERO4.3__0/omero-4.2-data-fix.sql").exitCode()).isZero();
        ProcessResult again = psql(db, "sql/psql/OMERO4.3__0/OMERO4.2__0.sql");
        assertThat(again.exitCode()).as(again.output()).isZero();
        try (Connection c = db.open()) {
            assertThat(OmeroDatabase.currentVersion(c)).isEqualTo("OMERO4.3__0");
            assertThat(scalar(c, "SELECT count(*) FROM logicalchannel WHERE excitationwave IS NULL OR emissionwave IS NULL"))
                    .isEqualTo("2");
        }
    }

    @Test
    void permissionReportAbortsOnDataLinkedAcrossGroupsUnlessToldToFix() throws Exception {
        DatabaseTarget db = database("4.1", new OmeroDatabase.Options(false, true));
        ProcessResult aborted = psql(db, "sql/psql/OMERO4.2__0/OMERO4.1__0.sql");
        assertThat(aborted.exitCode()).isNotZero();
        assertThat(aborted.output()).contains("ERROR ON omero_41_check").contains("Different groups: Image(id=4");
        Path script = release.resolve("sql/psql/OMERO4.2__0/OMERO4.1__0.sql");
        Path fixing = Files.createTempDirectory("fix").resolve("OMERO4.2__0");
        Files.createDirectories(fixing);
        for (String name : List.of("OMERO4.1__0.sql", UpgradeScripts.PERMISSIONS_REPORT)) {
            Files.copy(script.resolveSibling(name), fixing.resolve(name));
        }
        String text = Files.readString(fixing.resolve("OMERO4.1__0.sql"), StandardCharsets.UTF_8);
        Files.writeString(fixing.resolve("OMERO4.1__0.sql"), text.replace("\\set ACTION '''ABORT'''", "\\set ACTION '''FIX'''"));
        ProcessResult fixed = tools.psql(db, fixing, List.of("-v", "ON_ERROR_STOP=1", "-f", "OMERO4.1__0.sql"));
        assertThat(fixed.exitCode()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("moved Image 4 to group 3");
        try (Connection c = db.open()) {
            assertThat(OmeroDatabase.currentVersion(c)).isEqualTo("OMERO4.2__0");
        }
    }

    private DatabaseTarget database(String releaseVersion, OmeroDatabase.Options options) throws Exception {
        DatabaseTarget db = postgres.createDatabase("omero_" + releaseVersion);
        try (Connection c = db.open()) {
            OmeroDatabase.initialise(c, releaseVersion, options);
        }
        return db;
    }

    /** Runs a script of the release from its own directory, as the documentation says, stopping at the first error. */
    private ProcessResult psql(DatabaseTarget db, String script) throws IOException {
        Path file = release.resolve(script);
        return tools.psql(db, file.getParent(), List.of("-v", "ON_ERROR_STOP=1", "-f", file.getFileName().toString()));
    }

    private String schemaAndData(DatabaseTarget db) throws IOException {
        return tools.dump(db);
    }

    private static String scalar(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
