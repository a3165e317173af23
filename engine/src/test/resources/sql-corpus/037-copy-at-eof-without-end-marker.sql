COPY t FROM stdin;
1	a
2	b
