package dev.planrun.examples.sim;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a simulated OMERO database at any release in an empty PostgreSQL database: the schema of
 * that version, a little sample data, and the {@code dbpatch} rows of every version it went
 * through. Optionally with data the upgrades stumble on: channels the 4.3 constraints reject
 * (out-of-range wavelengths) and images linked across groups (the 4.1 permission report).
 */
public final class OmeroDatabase {

    /** What to plant in the database besides the sample data. */
    public record Options(boolean offendingChannels, boolean crossGroupLinks) {

        public static Options clean() {
            return new Options(false, false);
        }
    }

    private static final String SAMPLE = """
            INSERT INTO experimentergroup (id, name) VALUES (0, 'system'), (1, 'user'), (2, 'guest'), (3, 'lab'), (4, 'facility');
            INSERT INTO experimenter (id, omename, firstname, lastname) VALUES (0, 'root', 'root', 'root'),
                (1, 'guest', 'Guest', 'Account'), (2, 'alice', 'Alice', 'Ångström');
            INSERT INTO dataset (id, name, owner_id, group_id) VALUES (1, 'Cells', 2, 3);
            INSERT INTO image (id, name, owner_id, group_id) VALUES (1, 'cells-01 (0.1 µm)', 2, 3), (2, 'cells-02', 2, 3),
                (3, 'nuclei', 2, 3);
            INSERT INTO datasetimagelink (id, parent, child, group_id) VALUES (1, 1, 1, 3), (2, 1, 2, 3), (3, 1, 3, 3);
            INSERT INTO pixels (id, image, sizex, sizey, sizez, sizec, sizet) VALUES (1, 1, 512, 512, 1, 2, 1),
                (2, 2, 512, 512, 10, 2, 1), (3, 3, 256, 256, 1, 1, 1);
            INSERT INTO logicalchannel (id, name, excitationwave, emissionwave) VALUES (1, 'DAPI', 358, 461),
                (2, 'GFP', 488, 507), (3, 'mCherry', 587, 610);
            INSERT INTO channel (id, pixels, logicalchannel) VALUES (1, 1, 1), (2, 1, 2), (3, 2, 3);
            """;
    private static final String OFFENDING_CHANNELS = """
            INSERT INTO logicalchannel (id, name, excitationwave, emissionwave) VALUES (4, 'unset', 0, 520), (5, 'bad', 488, -1);
            INSERT INTO channel (id, pixels, logicalchannel) VALUES (4, 3, 4), (5, 3, 5);
            """;
    private static final String CROSS_GROUP_LINKS = """
            INSERT INTO image (id, name, owner_id, group_id) VALUES (4, 'elsewhere', 2, 4);
            INSERT INTO datasetimagelink (id, parent, child, group_id) VALUES (4, 1, 4, 3);
            """;

    private OmeroDatabase() {
    }

    /** Initialises the database of {@code connection} at the version OMERO {@code release} needs. */
    public static void initialise(Connection connection, String release, Options options) throws SQLException {
        initialise(connection, OmeroReleases.databaseOf(release), options);
    }

    public static void initialise(Connection connection, DbVersion version, Options options) throws SQLException {
        List<OmeroReleases.Hop> hops = OmeroReleases.hopsTo(version);
        if (options.offendingChannels() && hops.stream().anyMatch(h -> h.to().toString().equals("OMERO4.3__0"))) {
            throw new IllegalArgumentException("OMERO 4.3 and later databases cannot hold out-of-range channels");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute(SchemaChanges.BASE);
            st.execute(SAMPLE);
            st.execute(options.offendingChannels() ? OFFENDING_CHANNELS : "SELECT 1");
            st.execute(options.crossGroupLinks() ? CROSS_GROUP_LINKS : "SELECT 1");
            st.execute("INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch, finished, message)"
                    + " VALUES ('OMERO3A', 11, 'OMERO3A', 0, now(), 'Database ready.')");
            for (OmeroReleases.Hop hop : hops) {
                st.execute(SchemaChanges.of(hop));
                st.execute("INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch, finished, message)"
                        + " VALUES ('" + hop.to().version() + "', " + hop.to().patch() + ", '" + hop.from().version() + "', "
                        + hop.from().patch() + ", now(), 'Database updated.')");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The version the newest dbpatch row records, e.g. OMERO5.4__0. */
    public static String currentVersion(Connection connection) throws SQLException {
        List<String> history = history(connection);
        return history.get(history.size() - 1);
    }

    /** Every version dbpatch records, oldest first. */
    public static List<String> history(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT currentversion || '__' || currentpatch FROM dbpatch ORDER BY id")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
