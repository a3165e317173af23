--! var 2=TWO
select (array[1,2,3])[1:2];
select (array[1,2,3])[1 : 2];
