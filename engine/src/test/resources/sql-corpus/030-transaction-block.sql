BEGIN;
SELECT omero_assert_db_version('OMERO5.3', 1);
ALTER TABLE pixels ADD COLUMN extra int;
COMMIT;
