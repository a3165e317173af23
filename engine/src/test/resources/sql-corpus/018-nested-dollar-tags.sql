do $outer$
begin
  execute $inner$ select 1; $inner$;
  raise notice $q$done;$q$;
end
$outer$;
select 'after';
