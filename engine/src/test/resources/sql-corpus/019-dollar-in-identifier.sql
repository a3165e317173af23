create table a$b$ (c$ int);
select c$ from a$b$;
