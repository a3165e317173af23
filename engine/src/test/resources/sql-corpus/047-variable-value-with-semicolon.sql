--! var TWO=1; select 2
select :TWO;
select 3;
