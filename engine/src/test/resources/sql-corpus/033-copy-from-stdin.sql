CREATE TABLE t (a int, b text);
COPY t (a, b) FROM stdin;
1	one
2	two; with semicolon
\.
SELECT count(*) FROM t;
