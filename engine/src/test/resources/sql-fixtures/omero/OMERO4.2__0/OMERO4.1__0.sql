--
-- OMERO4.1__0 to OMERO4.2__0. Needs psql: it sets a variable and includes the permissions report.
--
\set ACTION '''ABORT'''
\timing
\i omero-4.1-permissions-report.sql

BEGIN;

select * from omero_41_check(:ACTION);

ALTER TABLE experimentergroup ADD COLUMN description text;
UPDATE experimentergroup SET description = 'group ' || name;
INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch, finished, message)
    VALUES ('OMERO4.2', 0, 'OMERO4.1', 0, '2010-06-01 00:00:00', 'Database ready.');

SELECT E'\n\n\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION OMERO4.2__0\n\n\n' AS Status;

COMMIT;
\timing off
