--
-- Reports (and with FIX or DELETE, repairs) data that 4.2's permissions no longer allow.
--
CREATE OR REPLACE FUNCTION omero_41_check(action text) RETURNS TABLE(kind text, total bigint) AS $$
DECLARE
    shared bigint;
BEGIN
    SELECT count(*) INTO shared FROM image i JOIN experimentergroup g ON g.id = i.group_id
        WHERE g.permissions = -40;
    IF action NOT IN ('ABORT', 'FIX', 'DELETE') THEN
        RAISE EXCEPTION 'ERROR ON omero_41_check: unknown action %', action;
    END IF;
    IF shared > 0 AND action = 'ABORT' THEN
        RAISE NOTICE 'found % images in shared groups; they stay as they are', shared;
    END IF;
    RETURN QUERY SELECT 'images in shared groups'::text, shared;
END;
$$ LANGUAGE plpgsql;
