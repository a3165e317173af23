COPY t FROM stdin;
\.
SELECT 2;
