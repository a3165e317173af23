select 1;
select 2
  from a
