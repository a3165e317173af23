package dev.planrun.examples.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * OMERO releases, the database version each needs and the upgrade scripts between them (the
 * table of the project's domain facts).
 */
public final class OmeroReleases {

    /** An upgrade script {@code sql/psql/TO/FROM.sql}, with a precheck beside it when the release has one. */
    public record Hop(DbVersion from, DbVersion to, boolean precheck) {

        public String script() {
            return "sql/psql/" + to + "/" + from + ".sql";
        }

        public String precheckScript() {
            return "sql/psql/" + to + "/" + from + "-precheck.sql";
        }
    }

    /** The main line of database versions, oldest first; 5.3.0 to 5.3.3 databases stop at OMERO5.3__0. */
    public static final List<DbVersion> MAIN_LINE = List.of(
            v("OMERO3A__11"), v("OMERO4__0"), v("OMERO4.1__0"), v("OMERO4.2__0"), v("OMERO4.3__0"), v("OMERO4.4__0"),
            v("OMERO5.0__0"), v("OMERO5.1__1"), v("OMERO5.2__0"), v("OMERO5.3__1"), v("OMERO5.4__0"));

    /** Every upgrade script a 5.4 or later release ships, in the order they were published. */
    public static final List<Hop> HOPS = List.of(
            hop("OMERO3A__11", "OMERO4__0", false), hop("OMERO4__0", "OMERO4.1__0", false),
            hop("OMERO4.1__0", "OMERO4.2__0", false), hop("OMERO4.2__0", "OMERO4.3__0", false),
            hop("OMERO4.3__0", "OMERO4.4__0", false), hop("OMERO4.4__0", "OMERO5.0__0", false),
            hop("OMERO5.0__0", "OMERO5.1__1", false), hop("OMERO5.1__1", "OMERO5.2__0", false),
            hop("OMERO5.2__0", "OMERO5.3__0", true), hop("OMERO5.3__0", "OMERO5.3__1", false),
            hop("OMERO5.2__0", "OMERO5.3__1", true), hop("OMERO5.3__1", "OMERO5.4__0", true),
            hop("OMERO5.3__0", "OMERO5.4__0", true));

    private OmeroReleases() {
    }

    /**
     * The database version a release needs: 3.2 to 5.6, optionally with a patch number
     * ({@code 5.3.2} needs OMERO5.3__0, {@code 5.3} and {@code 5.3.4} OMERO5.3__1).
     */
    public static DbVersion databaseOf(String release) {
        String[] parts = release.split("[.]");
        String minor = parts[0] + "." + (parts.length > 1 ? parts[1] : "0");
        return switch (minor) {
            case "3.2" -> v("OMERO3A__11");
            case "4.0" -> v("OMERO4__0");
            case "4.1", "4.2", "4.3", "4.4", "5.0", "5.2" -> v("OMERO" + minor + "__0");
            case "5.1" -> v("OMERO5.1__1");
            case "5.3" -> parts.length > 2 && Integer.parseInt(parts[2]) <= 3 ? v("OMERO5.3__0") : v("OMERO5.3__1");
            case "5.4", "5.5", "5.6" -> v("OMERO5.4__0");
            default -> throw new IllegalArgumentException("no OMERO release " + release + " in the table (3.2 to 5.6)");
        };
    }

    /** The versions a database at {@code target} went through, oldest first (the rows of its dbpatch). */
    public static List<DbVersion> historyOf(DbVersion target) {
        List<DbVersion> history = new ArrayList<>();
        for (DbVersion version : MAIN_LINE) {
            if (target.equals(v("OMERO5.3__0")) && version.equals(v("OMERO5.3__1"))) {
                history.add(target);
                return history;
            }
            history.add(version);
            if (version.equals(target)) {
                return history;
            }
        }
        throw new IllegalArgumentException("unknown database version " + target);
    }

    /** The hops along a database's history: the scripts that built it from OMERO3A__11. */
    public static List<Hop> hopsTo(DbVersion target) {
        List<DbVersion> history = historyOf(target);
        List<Hop> hops = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            DbVersion from = history.get(i - 1);
            DbVersion to = history.get(i);
            hops.add(HOPS.stream().filter(h -> h.from().equals(from) && h.to().equals(to)).findFirst().orElseThrow());
        }
        return hops;
    }

    /** The scripts a release ships: every hop whose target is not newer than the release's database. */
    public static List<Hop> shippedBy(String release) {
        List<DbVersion> reachable = historyOf(databaseOf(release));
        DbVersion newest = reachable.get(reachable.size() - 1);
        boolean all = newest.equals(v("OMERO5.4__0"));
        return HOPS.stream().filter(h -> all || reachable.contains(h.to()) && reachable.contains(h.from())).toList();
    }

    private static DbVersion v(String text) {
        return DbVersion.parse(text);
    }

    private static Hop hop(String from, String to, boolean precheck) {
        return new Hop(v(from), v(to), precheck);
    }
}
