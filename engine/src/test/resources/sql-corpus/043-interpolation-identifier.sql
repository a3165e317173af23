--! var TABLE=my "table"
select * from :"TABLE";
