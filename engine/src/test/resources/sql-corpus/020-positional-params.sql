prepare p(int) as select $1 + 1;
execute p(2);
create function h(int) returns int as 'select $1' language sql;
