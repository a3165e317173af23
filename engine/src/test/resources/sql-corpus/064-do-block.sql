DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT 1 AS x LOOP
    RAISE NOTICE 'x=%; done', r.x;
  END LOOP;
END $$;
SELECT 5;
