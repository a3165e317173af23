COPY t FROM '/tmp/data.csv' WITH (FORMAT csv);
SELECT 4;
