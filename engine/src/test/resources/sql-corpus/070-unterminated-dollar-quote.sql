select 1;
create function broken() returns int as $$
begin
  return 1;
end;
