COPY t (a, b) FROM STDIN WITH (FORMAT csv, HEADER true);
a,b
1,"x;y"
\.
SELECT 1;
