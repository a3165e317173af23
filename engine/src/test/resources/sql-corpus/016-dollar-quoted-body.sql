create function f() returns int as $$
begin
  return 1; -- semicolons; inside
end;
$$ language plpgsql;
select f();
