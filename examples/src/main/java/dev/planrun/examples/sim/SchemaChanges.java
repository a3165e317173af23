package dev.planrun.examples.sim;

import java.util.List;
import java.util.Map;

/**
 * What each upgrade changes in the simulated OMERO schema. The same statements build a database
 * at a given version ({@link OmeroDatabase}) and form the body of the upgrade scripts
 * ({@link UpgradeScripts}), so that a database built at version N is what the scripts expect.
 */
final class SchemaChanges {

    /** The schema of an OMERO 3.2 database (OMERO3A__11), without dbpatch rows. */
    static final String BASE = """
            CREATE SEQUENCE seq_dbpatch;
            CREATE TABLE dbpatch (id int8 PRIMARY KEY DEFAULT nextval('seq_dbpatch'), permissions int8 NOT NULL DEFAULT -52,
                external_id int8 UNIQUE, currentVersion varchar(255) NOT NULL, currentPatch int4 NOT NULL,
                previousVersion varchar(255) NOT NULL, previousPatch int4 NOT NULL, finished timestamp,
                message varchar(255) DEFAULT 'Updating');
            CREATE SEQUENCE _lock_seq;
            CREATE TABLE _lock_ids (id int4 PRIMARY KEY DEFAULT nextval('_lock_seq'), name varchar(255) NOT NULL UNIQUE);
            CREATE TABLE experimentergroup (id int8 PRIMARY KEY, name varchar(255) NOT NULL UNIQUE);
            CREATE TABLE experimenter (id int8 PRIMARY KEY, omename varchar(255) NOT NULL UNIQUE, firstname varchar(255),
                lastname varchar(255));
            CREATE TABLE dataset (id int8 PRIMARY KEY, name varchar(255) NOT NULL,
                owner_id int8 NOT NULL REFERENCES experimenter, group_id int8 NOT NULL REFERENCES experimentergroup);
            CREATE TABLE image (id int8 PRIMARY KEY, name varchar(255) NOT NULL,
                owner_id int8 NOT NULL REFERENCES experimenter, group_id int8 NOT NULL REFERENCES experimentergroup);
            CREATE TABLE datasetimagelink (id int8 PRIMARY KEY, parent int8 NOT NULL REFERENCES dataset,
                child int8 NOT NULL REFERENCES image, group_id int8 NOT NULL REFERENCES experimentergroup);
            CREATE TABLE pixels (id int8 PRIMARY KEY, image int8 NOT NULL REFERENCES image, sizex int4 NOT NULL,
                sizey int4 NOT NULL, sizez int4 NOT NULL, sizec int4 NOT NULL, sizet int4 NOT NULL);
            CREATE TABLE logicalchannel (id int8 PRIMARY KEY, name varchar(255), excitationwave int4, emissionwave int4);
            CREATE TABLE channel (id int8 PRIMARY KEY, pixels int8 NOT NULL REFERENCES pixels,
                logicalchannel int8 NOT NULL REFERENCES logicalchannel);
            """;

    private static final String FOLDERS = """
            CREATE TABLE folder (id int8 PRIMARY KEY, name varchar(255) NOT NULL, parentfolder int8 REFERENCES folder);
            CREATE TABLE folderimagelink (id int8 PRIMARY KEY, parent int8 NOT NULL REFERENCES folder,
                child int8 NOT NULL REFERENCES image);
            """;
    private static final String FOLDER_INDEXES = """
            CREATE INDEX i_folder_parentfolder ON folder(parentfolder);
            CREATE INDEX i_folderimagelink_child ON folderimagelink(child);
            """;
    private static final String ADMIN_PRIVILEGES = """
            CREATE TABLE adminprivilege (id int8 PRIMARY KEY, value varchar(255) NOT NULL UNIQUE);
            INSERT INTO adminprivilege (id, value) VALUES (1, 'Chgrp'), (2, 'Chown'), (3, 'ModifyUser'), (4, 'Sudo');
            CREATE UNLOGGED TABLE _current_admin_privileges (transaction int8, privilege varchar(255));
            CREATE FUNCTION prevent_root_rename() RETURNS "trigger" AS $$
                BEGIN
                    IF OLD.id = 0 AND OLD.omename <> NEW.omename THEN
                        RAISE EXCEPTION 'cannot rename root experimenter';
                    END IF;
                    RETURN NEW;
                END;
            $$ LANGUAGE plpgsql;
            CREATE CONSTRAINT TRIGGER prevent_root_rename AFTER UPDATE ON experimenter
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE PROCEDURE prevent_root_rename();
            """;

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("OMERO3A__11>OMERO4__0", "ALTER TABLE image ADD COLUMN acquisitiondate timestamp;\n"),
            Map.entry("OMERO4__0>OMERO4.1__0", "CREATE TABLE session (id int8 PRIMARY KEY, uuid varchar(255) NOT NULL UNIQUE,"
                    + " started timestamp);\n"),
            Map.entry("OMERO4.1__0>OMERO4.2__0", "ALTER TABLE experimentergroup ADD COLUMN permissions int8 NOT NULL DEFAULT -120;\n"),
            Map.entry("OMERO4.2__0>OMERO4.3__0", "ALTER TABLE logicalchannel ADD CHECK (excitationwave > 0 AND emissionwave > 0);\n"
                    + "ALTER TABLE pixels ADD CHECK (sizez > 0);\n"),
            Map.entry("OMERO4.3__0>OMERO4.4__0", "ALTER TABLE experimenter ADD COLUMN ldap boolean NOT NULL DEFAULT false;\n"),
            Map.entry("OMERO4.4__0>OMERO5.0__0", "CREATE TABLE fileset (id int8 PRIMARY KEY, templateprefix text NOT NULL);\n"
                    + "ALTER TABLE image ADD COLUMN fileset int8 REFERENCES fileset;\n"),
            Map.entry("OMERO5.0__0>OMERO5.1__1", "ALTER TABLE session ADD COLUMN userip varchar(15);\n"
                    + "ALTER TABLE logicalchannel ALTER COLUMN emissionwave TYPE float8;\n"
                    + "ALTER TABLE logicalchannel ALTER COLUMN excitationwave TYPE float8;\n"),
            Map.entry("OMERO5.1__1>OMERO5.2__0", "CREATE UNLOGGED TABLE _updated_annotations (event_id int8 NOT NULL,"
                    + " entity_type varchar(255) NOT NULL, entity_id int8 NOT NULL);\n"),
            Map.entry("OMERO5.2__0>OMERO5.3__0", FOLDERS),
            Map.entry("OMERO5.3__0>OMERO5.3__1", FOLDER_INDEXES),
            Map.entry("OMERO5.3__1>OMERO5.4__0", ADMIN_PRIVILEGES));

    /** Scripts that skip a version do the work of the versions they skip. */
    private static final Map<String, List<String>> SHORTCUTS = Map.of(
            "OMERO5.2__0>OMERO5.3__1", List.of("OMERO5.2__0>OMERO5.3__0", "OMERO5.3__0>OMERO5.3__1"),
            "OMERO5.3__0>OMERO5.4__0", List.of("OMERO5.3__0>OMERO5.3__1", "OMERO5.3__1>OMERO5.4__0"));

    private SchemaChanges() {
    }

    /** The statements of one upgrade. */
    static String of(OmeroReleases.Hop hop) {
        String key = hop.from() + ">" + hop.to();
        if (SHORTCUTS.containsKey(key)) {
            return String.join("", SHORTCUTS.get(key).stream().map(STEPS::get).toList());
        }
        String change = STEPS.get(key);
        if (change == null) {
            throw new IllegalArgumentException("no upgrade " + key);
        }
        return change;
    }
}
