COPY t FROM stdin; select 'after data';
1	a
\.
select 8;
