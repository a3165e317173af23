create function g() returns text as $body$
  select 'it''s $$ not the end; $$';
$body$ language sql;
select g();
