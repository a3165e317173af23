select 4/2;
select 8 / /* comment */ 2;
