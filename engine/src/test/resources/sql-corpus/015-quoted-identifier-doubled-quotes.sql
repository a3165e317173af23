create table "say ""hi""; now" (id int);
select 1 from "say ""hi""; now";
