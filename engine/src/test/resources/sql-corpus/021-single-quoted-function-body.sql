CREATE OR REPLACE FUNCTION _lock_ids(name, int4) RETURNS int4
    AS '
DECLARE
    mid int4;
BEGIN
    -- a comment; inside the body
    SELECT INTO mid nextval(''_lock_seq'');
    RETURN mid;
END;'
LANGUAGE plpgsql;
SELECT _lock_ids('x', 1);
