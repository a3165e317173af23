--
-- Precheck for the upgrade from OMERO5.3__0 to OMERO5.4__0: changes nothing.
--

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

CREATE FUNCTION count_units_to_fix() RETURNS int AS $$
    SELECT count(*)::int FROM pixels WHERE physicalsizexunit IS NULL;
$$ LANGUAGE sql;
SELECT count_units_to_fix() AS "pixels without unit";

SELECT E'\n\n\nYOUR DATABASE IS READY FOR UPGRADE TO VERSION OMERO5.4__0\n\n\n' AS Status;

ROLLBACK;
