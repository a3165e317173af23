select ';' as a, $$;$$ as b, ";" as ";", E'\';' as d, /* ; */ 1 as e;
select 6;
