create table a (id int);
insert into a values (1);
select * from a;
