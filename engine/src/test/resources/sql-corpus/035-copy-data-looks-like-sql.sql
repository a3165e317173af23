COPY t FROM stdin;
select 1; -- not sql	'unterminated quote
$$ not a body	/* not a comment
\N	\\set not_a_meta 1
\.
SELECT 'after';
