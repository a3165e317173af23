--! var text=SHOULD_NOT_APPEAR
select '1'::text, 2::int, now()::date;
select '3'::
text;
