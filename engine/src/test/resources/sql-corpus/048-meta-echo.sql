\echo Upgrading   'to 5.4'  now
\qecho -n no newline
select 1;
