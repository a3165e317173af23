COPY t FROM stdin;
1	x
\.
select 7;
