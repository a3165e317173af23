\timing on
select 1;
\timing off
\timing
