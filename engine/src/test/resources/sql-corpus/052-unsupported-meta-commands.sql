\x
\c
\copy t from 'file.csv' with (format csv);
\pset format unaligned
select 1;
