select 'a;b' as x;
select ';', '''', 'end;';
