-- Copyright (C) 2012-4 Glencoe Software, Inc. All rights reserved.
-- Use is subject to license terms supplied in LICENSE.txt
--
-- This program is free software; you can redistribute it and/or modify
-- it under the terms of the GNU General Public License as published by
-- the Free Software Foundation; either version 2 of the License, or
-- (at your option) any later version.

---
--- OMERO5 development release upgrade from OMERO5.3__0 to OMERO5.4__0.
---

BEGIN;

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

SELECT omero_assert_db_version('OMERO5.3', 0);
DROP FUNCTION omero_assert_db_version(varchar, int);

--
-- check PostgreSQL server version and database encoding
--

CREATE OR REPLACE FUNCTION db_pretty_version(version INTEGER) RETURNS TEXT AS $$

BEGIN
    RETURN (version/10000)::TEXT || '.' || ((version/100)%100)::TEXT || '.' || (version%100)::TEXT;

END;$$ LANGUAGE plpgsql;

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
            db_pretty_version(version_num), db_pretty_version(version_prereq);
    END IF;

    IF char_encoding != 'UTF8' THEN
       RAISE EXCEPTION 'OMERO database character encoding must be UTF8, not %', char_encoding;
    ELSE
       SET client_encoding = 'UTF8';
    END IF;

END;$$ LANGUAGE plpgsql;

SELECT assert_db_server_prerequisites(90300);
DROP FUNCTION assert_db_server_prerequisites(INTEGER);
DROP FUNCTION db_pretty_version(INTEGER);

--
-- Actual upgrade
--

INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch)
             VALUES ('OMERO5.4',     0,            'OMERO5.3',      0);

-- the old single-quoted body form, with doubled quotes inside
CREATE OR REPLACE FUNCTION _lock_ids(name, int4) RETURNS int4
    AS '
DECLARE
    mid int4;
BEGIN
    -- a comment; with a semicolon inside the body
    SELECT INTO mid nextval(''_lock_seq'');
    RETURN mid;
END;'
LANGUAGE plpgsql;

SELECT _lock_ids('annotation', 1) IS NOT NULL AS locked;

CREATE TABLE unit_symbol (
    name text PRIMARY KEY,
    symbol text NOT NULL,
    description text
);
INSERT INTO unit_symbol VALUES ('MICROMETER', 'µm', E'micrometre:\n10\u207B\u2076 m'),
                               ('ANGSTROM', 'Å', 'ångström; 0.1 nm'),
                               ('CELSIUS', '°C', 'degrees "Celsius"');

ALTER TABLE pixels ADD COLUMN physicalsizexsymbol text;
UPDATE pixels p SET physicalsizexsymbol = u.symbol FROM unit_symbol u WHERE u.name = p.physicalsizexunit;

CREATE UNLOGGED TABLE _updated_annotations (
    event_id BIGINT NOT NULL,
    annotation_id BIGINT NOT NULL
);
CREATE INDEX _updated_annotations_event ON _updated_annotations (event_id);
INSERT INTO _updated_annotations VALUES (1, 1), (1, 2);

CREATE FUNCTION annotation_updated_trigger_function() RETURNS "trigger" AS $$
BEGIN
    IF NEW.version < OLD.version THEN
        RAISE EXCEPTION 'annotation % went back from version % to %', NEW.id, OLD.version, NEW.version;
    END IF;
    RETURN NULL;
END;$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER annotation_updated_trigger
    AFTER UPDATE ON annotation
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE annotation_updated_trigger_function();

UPDATE annotation SET version = version + 1;

COMMENT ON TABLE unit_symbol IS 'Symbols of units: µm, Å, °';

--
-- FINISHED
--

UPDATE dbpatch SET message = 'Database ready.', finished = '2018-01-01 00:00:00'
    WHERE currentVersion  = 'OMERO5.4' AND
          currentPatch    = 0          AND
          previousVersion = 'OMERO5.3' AND
          previousPatch   = 0;

SELECT E'\n\n\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION OMERO5.4__0\n\n\n' AS Status;

COMMIT;
