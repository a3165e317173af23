select 1,
\echo in the middle
  2;
