select 1;
-- the end
/* really */
