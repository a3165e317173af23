package dev.planrun.examples.sim;

import dev.planrun.examples.sim.OmeroReleases.Hop;

/**
 * The text of simulated OMERO upgrade scripts, written the way the real ones are: one transaction,
 * a version-assert function with a {@code $$} body, the PostgreSQL prerequisites (5.0 and later),
 * an old-style single-quoted function body, the schema change, the {@code dbpatch} row, and from
 * 4.4 on the success banner. Prechecks run the same checks and end in ROLLBACK.
 */
final class UpgradeScripts {

    static final String PERMISSIONS_REPORT = "omero-4.1-permissions-report.sql";
    static final String DATA_FIX = "omero-4.2-data-fix.sql";

    private UpgradeScripts() {
    }

    static String upgrade(Hop hop) {
        StringBuilder sql = new StringBuilder(header(hop, "release upgrade"));
        if (isPermissionsHop(hop)) {
            sql.append("-- Valid values of ACTION: '''ABORT''', '''FIX''', '''DELETE'''.\n")
                    .append("-- ABORT stops the upgrade and lists every issue that must be resolved first.\n")
                    .append("\\set ACTION '''ABORT'''\n\n");
        }
        sql.append("BEGIN;\n\n");
        if (isPermissionsHop(hop)) {
            sql.append("\\timing\n\n");
        }
        sql.append(checks(hop));
        sql.append("INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch)\n")
                .append("             VALUES ('").append(hop.to().version()).append("', ").append(hop.to().patch())
                .append(", '").append(hop.from().version()).append("', ").append(hop.from().patch()).append(");\n\n");
        sql.append(NEXTVAL);
        if (isPermissionsHop(hop)) {
            sql.append("\\i ").append(PERMISSIONS_REPORT).append("\n\n")
                    .append("select * from omero_41_check(:ACTION);\n")
                    .append("DROP FUNCTION omero_41_check(TEXT);\n\n");
        }
        sql.append("--\n-- Actual upgrade\n--\n\n").append(SchemaChanges.of(hop)).append('\n');
        sql.append("--\n-- FINISHED\n--\n\n")
                .append("UPDATE dbpatch SET message = 'Database updated.', finished = clock_timestamp()\n")
                .append("    WHERE id IN (SELECT id FROM dbpatch ORDER BY id DESC LIMIT 1);\n\n");
        if (printsBanner(hop)) {
            sql.append("SELECT E'\\n\\n\\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION ' ||\n")
                    .append("       currentversion || '__' || currentpatch || E'\\n\\n\\n' AS Status FROM dbpatch\n")
                    .append("    WHERE id IN (SELECT id FROM dbpatch ORDER BY id DESC LIMIT 1);\n\n");
        }
        return sql.append("COMMIT;\n").toString();
    }

    static String precheck(Hop hop) {
        return header(hop, "readiness check for upgrade") + "BEGIN;\n\n" + checks(hop)
                + "--\n-- FINISHED\n--\n\n"
                + "SELECT E'\\n\\n\\nYOUR DATABASE IS READY FOR UPGRADE TO VERSION " + hop.to() + "\\n\\n\\n' AS Status;\n\n"
                + "ROLLBACK;\n";
    }

    /** Reports data linked between groups; ABORT raises, FIX moves images into their dataset's group, DELETE unlinks. */
    static String permissionsReport() {
        return """
                --
                -- OMERO 4.1 permissions report: data objects linked between different groups.
                -- Included by OMERO4.1__0.sql; run on its own it only defines omero_41_check(action).
                --

                CREATE OR REPLACE FUNCTION omero_41_check(action TEXT) RETURNS SETOF TEXT AS $$
                DECLARE
                    rec RECORD;
                    issues INTEGER := 0;
                BEGIN
                    FOR rec IN SELECT l.id AS link, i.id AS image, i.group_id AS igroup, d.group_id AS dgroup
                                 FROM datasetimagelink l JOIN image i ON i.id = l.child JOIN dataset d ON d.id = l.parent
                                WHERE i.group_id <> d.group_id ORDER BY l.id LOOP
                        issues := issues + 1;
                        RAISE NOTICE 'Different groups: Image(id=%, group=%) <--> DatasetImageLink.child(id=%, group=%)',
                            rec.image, rec.igroup, rec.link, rec.dgroup;
                        IF action = 'FIX' THEN
                            UPDATE image SET group_id = rec.dgroup WHERE id = rec.image;
                            RETURN NEXT 'moved Image ' || rec.image || ' to group ' || rec.dgroup;
                        ELSIF action = 'DELETE' THEN
                            DELETE FROM datasetimagelink WHERE id = rec.link;
                            RETURN NEXT 'deleted DatasetImageLink ' || rec.link;
                        END IF;
                    END LOOP;
                    IF issues > 0 AND action NOT IN ('FIX', 'DELETE') THEN
                        RAISE EXCEPTION E'ERROR ON omero_41_check:\\nYour database has data which is incompatible with 4.2 and will need to be manually updated (% issues)', issues;
                    END IF;
                    RETURN NEXT 'omero_41_check: ' || issues || ' issues, action ' || action;
                END;
                $$ LANGUAGE plpgsql;
                """;
    }

    static String dataFix() {
        return """
                --
                -- Minor data fixes so that OMERO4.2__0.sql can complete: the columns OMERO 4.3
                -- constrains to ranges (sizeZ > 0, wavelengths > 0).
                --

                BEGIN;

                UPDATE pixels SET sizeZ = 1 WHERE sizeZ = 0;

                UPDATE logicalchannel SET excitationWave = null WHERE excitationWave <= 0;

                UPDATE logicalchannel SET emissionWave = null WHERE emissionWave <= 0;

                COMMIT;
                """;
    }

    static boolean isPermissionsHop(Hop hop) {
        return hop.to().toString().equals("OMERO4.2__0");
    }

    /** Scripts from OMERO 4.4 on print the success banner; older ones print nothing. */
    static boolean printsBanner(Hop hop) {
        return !hop.to().version().matches("OMERO(4|4\\.[0-3])");
    }

    private static String header(Hop hop, String what) {
        return "--\n-- Simulated OMERO " + what + " from " + hop.from() + " to " + hop.to() + ".\n"
                + "-- Units stored by this schema: µm, Å, °C.\n--\n\n";
    }

    private static String checks(Hop hop) {
        StringBuilder sql = new StringBuilder("""
                --
                -- check OMERO database version
                --

                CREATE OR REPLACE FUNCTION omero_assert_db_version(expected_version VARCHAR, expected_patch INTEGER) RETURNS void AS $$

                DECLARE
                    current_version VARCHAR;
                    current_patch INTEGER;

                BEGIN
                    SELECT currentversion, currentpatch INTO STRICT current_version, current_patch
                        FROM dbpatch ORDER BY id DESC LIMIT 1;

                    IF current_version <> expected_version OR current_patch <> expected_patch THEN
                        RAISE EXCEPTION 'wrong OMERO database version for this upgrade script';
                    END IF;

                END;$$ LANGUAGE plpgsql;

                """);
        sql.append("SELECT omero_assert_db_version('").append(hop.from().version()).append("', ")
                .append(hop.from().patch()).append(");\nDROP FUNCTION omero_assert_db_version(varchar, int);\n\n");
        int prerequisite = prerequisite(hop);
        if (prerequisite > 0) {
            sql.append(PREREQUISITES).append("SELECT assert_db_server_prerequisites(").append(prerequisite)
                    .append(");\nDROP FUNCTION assert_db_server_prerequisites(INTEGER);\n\n");
        }
        return sql.toString();
    }

    private static int prerequisite(Hop hop) {
        return switch (hop.to().version()) {
            case "OMERO5.0" -> 80400;
            case "OMERO5.1" -> 90200;
            case "OMERO5.2", "OMERO5.3", "OMERO5.4" -> 90300;
            default -> 0;
        };
    }

    private static final String PREREQUISITES = """
            --
            -- check PostgreSQL server version and database encoding
            --

            CREATE FUNCTION assert_db_server_prerequisites(version_prereq INTEGER) RETURNS void AS $$

            DECLARE
                version_num INTEGER;
                char_encoding TEXT;

            BEGIN
                SELECT CAST(setting AS INTEGER) INTO STRICT version_num
                    FROM pg_settings WHERE name = 'server_version_num';
                SELECT pg_encoding_to_char(encoding) INTO STRICT char_encoding
                    FROM pg_database WHERE datname = current_database();

                IF version_num < version_prereq THEN
                    RAISE EXCEPTION 'PostgreSQL database server version % is less than OMERO prerequisite %',
                        version_num, version_prereq;
                END IF;

                IF char_encoding != 'UTF8' THEN
                    RAISE EXCEPTION 'OMERO database character encoding must be UTF8, not %', char_encoding;
                END IF;

            END;$$ LANGUAGE plpgsql;

            """;

    /** An old-style function body: single-quoted, with doubled quotes inside. */
    private static final String NEXTVAL = """
            CREATE OR REPLACE FUNCTION ome_nextval(seq VARCHAR, increment int4) RETURNS INT8 AS '
            DECLARE
                  Lid  int4;
                  nv   int8;
            BEGIN
                  SELECT id INTO Lid FROM _lock_ids WHERE name = seq;
                  IF Lid IS NULL THEN
                      SELECT INTO Lid nextval(''_lock_seq'');
                      INSERT INTO _lock_ids (id, name) VALUES (Lid, seq);
                  END IF;
                  PERFORM nextval(seq) FROM generate_series(1, increment);
                  SELECT currval(seq) INTO nv;
                  RETURN nv;
            END;' LANGUAGE plpgsql;

            """;
}
