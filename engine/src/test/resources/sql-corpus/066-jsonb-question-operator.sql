select '{"a":1}'::jsonb ? 'a';
select '{"a":1}'::jsonb ?| array['a'];
