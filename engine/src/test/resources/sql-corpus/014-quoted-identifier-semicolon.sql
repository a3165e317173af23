create table "odd;name" ("col;umn" int);
select "col;umn" from "odd;name";
